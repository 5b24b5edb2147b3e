// The qbo- tags in Preact JSX: properties, attributes and `onqbo-…` listeners are typed; mistakes do not compile.
import type {} from 'qbo-reconnect/types/preact';
import { createHttpAdapter } from 'qbo-reconnect/core';

const adapter = createHttpAdapter({ baseUrl: '/api/quickbooks' });

export const page = (
  <qbo-connection
    adapter={adapter}
    redirect-uri="https://app.example.com/quickbooks/callback"
    onqbo-reconnect-success={(event) => console.log(event.detail.snapshot.company?.name)}
  >
    <qbo-integration-header heading-level={2} />
    <qbo-vendor-id vendor-id="58" />
  </qbo-connection>
);

// @ts-expect-error headingLevel is a number
export const wrongProperty = <qbo-integration-header headingLevel="two" />;
// @ts-expect-error the success detail has no linkState
export const wrongDetail = <qbo-connection onqbo-reconnect-success={(event) => event.detail.linkState} />;
