import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { signOut } from '../auth/me';
import { useMe } from '../auth/me-context';
import { useLiveEvents } from '../live/live-events';
import { APP_BASE } from '../app-base';

interface Item {
  to: string;
  label: string;
}

const consoleItems: Item[] = [
  { to: '/', label: 'Overview' },
  { to: '/queue', label: 'Queue' },
  { to: '/requests', label: 'Requests' },
  { to: '/customers', label: 'Customers' },
  { to: '/contracts', label: 'Contracts' },
  { to: '/availability', label: 'Availability' },
  { to: '/maintenance', label: 'Maintenance' },
  { to: '/credits', label: 'Credits & claims' },
  { to: '/audit', label: 'Audit log' },
  { to: '/people', label: 'People' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/tokens', label: 'API tokens' },
];

const portalItems: Item[] = [
  { to: '/', label: 'My requests' },
  { to: '/availability', label: 'Uptime & budget' },
  { to: '/maintenance', label: 'Maintenance notices' },
  { to: '/credits', label: 'Credits & claims' },
  { to: '/contracts', label: 'My contracts' },
];

/** The frame of every page: header with who is signed in, the navigation, and the page. */
export function Shell() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [open, { toggle, close }] = useDisclosure();
  const path = useRouterState({ select: (s) => s.location.pathname });
  useLiveEvents();
  const items = me.role === 'customer' ? portalItems : consoleItems;
  const active = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !open } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={open} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h3">
              Surety
            </Title>
            <Badge variant="light" visibleFrom="xs">
              {me.role === 'customer' ? `Portal · ${me.customerId}` : 'Console'}
            </Badge>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="who">
              {me.name} · {me.role}
            </Text>
            <Button
              variant="subtle"
              size="xs"
              onClick={async () => {
                await signOut();
                queryClient.setQueryData(['me'], null);
                window.location.assign(APP_BASE);
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={active(item.to)}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
