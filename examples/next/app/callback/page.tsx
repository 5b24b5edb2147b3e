'use client';
// The redirect URI's page (/callback): hands Intuit's answer back to the page that opened the sign-in window.
import { useEffect } from 'react';
import { handleOAuthCallback } from 'qbo-reconnect/callback';

export default function Callback() {
  useEffect(() => {
    handleOAuthCallback();
  }, []);
  return <p>Connecting…</p>;
}
