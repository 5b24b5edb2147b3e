// The host's own records on the QuickBooks detail tabs (Locations, Accounts, Product Assignments), as Fintech keeps them.

export interface LocationRow {
  name: string;
  address: string;
  quickBooksClass: string;
  lastSynced: string;
}

export interface AccountRow {
  fintechAccount: string;
  quickBooksAccount: string;
  type: string;
  lastSynced: string;
}

export interface ProductAssignmentRow {
  product: string;
  sku: string;
  incomeAccount: string;
  expenseAccount: string;
}

export const LOCATIONS: readonly LocationRow[] = [
  { name: 'Harbor Street Bakery', address: '118 Harbor St, Portland, ME 04101', quickBooksClass: 'Retail:Harbor Street', lastSynced: 'Oct 30, 2026' },
  { name: 'Pier 9 Café', address: '9 Commercial St, Portland, ME 04101', quickBooksClass: 'Retail:Pier 9', lastSynced: 'Oct 30, 2026' },
  { name: 'Commissary Kitchen', address: '420 Riverside St, Portland, ME 04103', quickBooksClass: 'Production', lastSynced: 'Oct 29, 2026' },
  { name: 'Saturday Farmers Market', address: 'Deering Oaks Park, Portland, ME 04102', quickBooksClass: 'Events', lastSynced: 'Oct 26, 2026' },
];

export const ACCOUNTS: readonly AccountRow[] = [
  { fintechAccount: 'Operating Checking ••4821', quickBooksAccount: '1010 Checking', type: 'Bank', lastSynced: 'Oct 30, 2026' },
  { fintechAccount: 'Payroll Checking ••7730', quickBooksAccount: '1020 Payroll Account', type: 'Bank', lastSynced: 'Oct 30, 2026' },
  { fintechAccount: 'Corporate Card ••1194', quickBooksAccount: '2100 Fintech Card Payable', type: 'Credit Card', lastSynced: 'Oct 30, 2026' },
  { fintechAccount: 'Card Settlements', quickBooksAccount: '4000 Sales', type: 'Income', lastSynced: 'Oct 29, 2026' },
  { fintechAccount: 'Processing Fees', quickBooksAccount: '6150 Merchant Fees', type: 'Expense', lastSynced: 'Oct 29, 2026' },
];

export const PRODUCT_ASSIGNMENTS: readonly ProductAssignmentRow[] = [
  { product: 'Sourdough Loaf', sku: 'BRD-001', incomeAccount: '4010 Bread Sales', expenseAccount: '5010 Flour & Grain' },
  { product: 'Croissant (dozen)', sku: 'PST-012', incomeAccount: '4020 Pastry Sales', expenseAccount: '5020 Dairy' },
  { product: 'Wedding Cake Deposit', sku: 'CKE-100', incomeAccount: '2300 Customer Deposits', expenseAccount: '5030 Cake Supplies' },
  { product: 'Catering Platter', sku: 'CAT-050', incomeAccount: '4030 Catering', expenseAccount: '5040 Catering Supplies' },
  { product: 'Coffee Beans (1 lb)', sku: 'COF-016', incomeAccount: '4040 Retail Goods', expenseAccount: '5050 Coffee Inventory' },
];

/** Vendor details Fintech keeps beside the QuickBooks vendor list (the names and IDs come from the backend). */
const VENDOR_TERMS = ['Net 30', 'Net 15', 'Due on receipt', 'Net 45'];
const VENDOR_ACCOUNTS = ['6200 Utilities', '6400 Office Supplies', '5060 Landscaping Supplies', '6300 Repairs & Maintenance'];

export function vendorTerms(index: number): string {
  return VENDOR_TERMS[index % VENDOR_TERMS.length] ?? 'Net 30';
}

export function vendorExpenseAccount(index: number): string {
  return VENDOR_ACCOUNTS[index % VENDOR_ACCOUNTS.length] ?? '6000 Expenses';
}
