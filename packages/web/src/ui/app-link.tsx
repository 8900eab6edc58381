import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * A link to a page of the app. Routes are built at sign-in (console or portal), so their paths are not known to
 * the router's types: the path is a plain string and the search a plain record.
 */
export function AppLink(props: AnchorProps & { to: string; search?: Record<string, string>; children: ReactNode }) {
  const { to, search, ...rest } = props;
  return <Anchor component={Link} to={to} search={search as never} {...rest} />;
}

/** The path of a page about one thing (a request, customer or contract). */
export const pathTo = (kind: 'requests' | 'customers' | 'contracts', id: string) =>
  `/${kind}/${encodeURIComponent(id)}`;
