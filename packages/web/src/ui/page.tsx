import { Alert, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page: its title (the page's one h2 under the app's h1), an optional line under it, actions, content. */
export function Page(props: { title: string; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{props.title}</Title>
          {props.subtitle && (
            <Text c="dimmed" size="sm">
              {props.subtitle}
            </Text>
          )}
        </div>
        {props.actions}
      </Group>
      {props.children}
    </Stack>
  );
}

/** What a query shows until it has data: a loader, or its error said plainly. */
export function Pending({ error }: { error: Error | null }) {
  if (error)
    return (
      <Alert color="red" title="Could not load" role="alert">
        {error.message}
      </Alert>
    );
  return (
    <Center p="xl">
      <Loader aria-label="Loading" />
    </Center>
  );
}

/** A section of a page with its h3. */
export function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Stack>
  );
}
