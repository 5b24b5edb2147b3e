// The mock Intuit's sample QuickBooks companies: the same names, realm ids and vendors as the demo's samples.

export interface MockVendor {
  Id: string;
  DisplayName: string;
}

export interface MockCompany {
  realmId: string;
  name: string;
  vendors?: MockVendor[];
}

const HARBOR_VENDORS: MockVendor[] = [
  { Id: '41', DisplayName: 'Bayview Electric Co.' },
  { Id: '42', DisplayName: 'Summit Office Products' },
  { Id: '43', DisplayName: 'Greenfield Irrigation Supply' },
  { Id: '46', DisplayName: 'Harlow & Sons Hardware' },
  { Id: '48', DisplayName: 'Cedar Ridge Nursery' },
  { Id: '51', DisplayName: 'Metro Waste Services' },
  { Id: '52', DisplayName: 'Northgate Insurance Agency' },
  { Id: '55', DisplayName: 'Blue Line Fuel' },
  { Id: '57', DisplayName: 'Keystone Telephone' },
  { Id: '60', DisplayName: 'Riverside Tool Rental' },
  { Id: '63', DisplayName: 'Lakeshore Printing' },
  { Id: '64', DisplayName: 'Alder Creek Lumber' },
];

/** Returns fresh copies so one mock's changes never leak into another's. */
export function sampleCompanies(): MockCompany[] {
  return [
    { realmId: '9341452198765430', name: 'Harbor Street Bakery LLC', vendors: HARBOR_VENDORS.map((vendor) => ({ ...vendor })) },
    // The other companies have no vendors yet, as in the demo's samples: a newly linked company starts empty.
    { realmId: '9341452233108812', name: 'Cedar & Pine Landscaping', vendors: [] },
    { realmId: '4620816365204112', name: 'Northwind Outdoor Supply Co.', vendors: [] },
  ];
}
