// The mock QuickBooks Online API replies: CompanyInfo, the Vendor query, Intuit's fault bodies, and XML for clients
// that do not ask for JSON.
import type { MockCompany } from './mock-intuit-data.js';

export interface ApiReply {
  status: number;
  body: Record<string, unknown>;
  /** The XML root element's child when the reply is sent as XML. */
  headers?: Record<string, string>;
}

export function companyInfo(company: MockCompany, time: string): ApiReply {
  return {
    status: 200,
    body: {
      CompanyInfo: {
        CompanyName: company.name,
        LegalName: company.name,
        // Intuit's CompanyInfo.Id is the record's id inside the company, not the realm id.
        Id: '1',
        SyncToken: '4',
        Country: 'US',
        CompanyAddr: { Id: '1', Line1: '1 Harbor Street', City: 'Portland', CountrySubDivisionCode: 'ME', PostalCode: '04101' },
        Email: { Address: 'books@example.com' },
        FiscalYearStartMonth: 'January',
        domain: 'QBO',
        sparse: false,
        MetaData: { CreateTime: '2019-03-11T09:12:40-07:00', LastUpdatedTime: '2026-11-01T10:00:00-07:00' },
      },
      time,
    },
  };
}

const QUERY = /^\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+startposition\s+(\d+))?(?:\s+maxresults\s+(\d+))?\s*;?\s*$/i;
const MAX_RESULTS = 1000;

export function query(company: MockCompany, text: string, time: string): ApiReply {
  const match = QUERY.exec(text);
  if (!match) return validationFault(`QueryParserError: Encountered an unsupported query: ${text}`, time);
  const [, fields = '', entity = '', start = '1', max = '100'] = match;
  if (entity.toLowerCase() !== 'vendor') return validationFault(`QueryValidationError: Unsupported entity ${entity} in this mock`, time);
  const rows = company.vendors ?? [];
  if (/^count\(\*\)$/i.test(fields.trim())) return { status: 200, body: { QueryResponse: { totalCount: rows.length }, time } };
  const startPosition = Number(start);
  const maxResults = Number(max);
  if (startPosition < 1 || maxResults < 1 || maxResults > MAX_RESULTS) {
    return validationFault(`QueryValidationError: startposition must be at least 1 and maxresults between 1 and ${MAX_RESULTS}`, time);
  }
  const wanted = fields.trim() === '*' ? null : fields.split(',').map((field) => field.trim());
  const page = rows.slice(startPosition - 1, startPosition - 1 + maxResults).map((vendor) => {
    const full: Record<string, unknown> = { ...vendor, Active: true, SyncToken: '0', domain: 'QBO', sparse: wanted !== null };
    if (!wanted) return full;
    return Object.fromEntries(Object.entries(full).filter(([key]) => wanted.includes(key) || key === 'domain' || key === 'sparse'));
  });
  // Past the last row Intuit answers an empty QueryResponse with no entity key: an empty page, not an error.
  if (!page.length) return { status: 200, body: { QueryResponse: {}, time } };
  return { status: 200, body: { QueryResponse: { Vendor: page, startPosition, maxResults: page.length }, time } };
}

function validationFault(message: string, time: string): ApiReply {
  return { status: 400, body: { Fault: { Error: [{ Message: message, Detail: message, code: '4000' }], type: 'ValidationFault' }, time } };
}

export function authenticationFault(time: string): ApiReply {
  return {
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="Intuit", error="invalid_token"' },
    body: {
      fault: {
        error: [{ message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Token expired or invalid', code: '3200' }],
        type: 'AUTHENTICATION',
      },
      time,
    },
  };
}

export function authorizationFault(time: string): ApiReply {
  return {
    status: 403,
    body: {
      Fault: {
        Error: [{ Message: 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403', Detail: 'The token is not for this company', code: '003100' }],
        type: 'SERVICE',
      },
      time,
    },
  };
}

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value && typeof value === 'object') {
    return `<${name}>${Object.entries(value).map(([key, child]) => element(key, child)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The same reply as Intuit's XML (what the API answers without `Accept: application/json`). */
export function toXml(body: Record<string, unknown>): string {
  const { time, ...rest } = body;
  const children = Object.entries(rest).map(([key, value]) => element(key, value)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="${escapeXml(String(time ?? ''))}">${children}</IntuitResponse>`;
}
