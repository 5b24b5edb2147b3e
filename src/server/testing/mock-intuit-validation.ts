// Field checks of the mock Intuit sign-in (server-rendered page and the demo's browser page), each returning the message to show, or null.

export type IdentifierKind = 'email' | 'phone' | 'user-id';

export function identifierKind(value: string): IdentifierKind {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return 'email';
  if (/^[+()\d\s.-]+$/.test(trimmed)) return 'phone';
  return 'user-id';
}

export function checkIdentifier(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return 'Enter your email, phone number, or user ID.';
  switch (identifierKind(trimmed)) {
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? null : 'Enter a valid email address, like name@example.com.';
    case 'phone': {
      const digits = trimmed.replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15 ? null : 'Enter a phone number with its area code, like (207) 555-0142.';
    }
    case 'user-id':
      return /^[A-Za-z0-9._-]{3,64}$/.test(trimmed) ? null : 'A user ID has at least 3 letters or numbers and no spaces.';
  }
}

export function checkPassword(value: string): string | null {
  return value ? null : 'Enter your password.';
}

export function checkCode(value: string): string | null {
  const trimmed = value.replace(/\s/g, '');
  if (!trimmed) return 'Enter the 6-digit verification code.';
  return /^\d{6}$/.test(trimmed) ? null : 'The verification code is 6 digits.';
}

/** Hides most of an email or phone number, as a sign-in page does when it says where a code was sent. */
export function masked(identifier: string): string {
  const trimmed = identifier.trim();
  if (identifierKind(trimmed) === 'email') {
    const [local = '', domain = ''] = trimmed.split('@');
    return `${local.slice(0, 1)}•••@${domain}`;
  }
  if (identifierKind(trimmed) === 'phone') return `•••-•••-${trimmed.replace(/\D/g, '').slice(-4)}`;
  return `the email on file for ${trimmed}`;
}
