// The root layout of the App Router example.
import type { ReactNode } from 'react';

export const metadata = { title: 'Integrations · Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
