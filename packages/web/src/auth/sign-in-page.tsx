import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { credentials } from './credentials';
import { createFirstAdmin, setupNeeded, signIn, whoAmI, type Me } from './me';

/** The first page: creates the first admin on a fresh server, otherwise signs in by password or API token. */
export function SignInPage({ onSignedIn }: { onSignedIn(me: Me): void }) {
  const setup = useQuery({ queryKey: ['setup'], queryFn: setupNeeded });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withToken, setWithToken] = useState(false);

  const submit = (action: (form: FormData) => Promise<Me | null>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await action(new FormData(event.currentTarget));
      if (me) onSignedIn(me);
      else setError('That token was not accepted.');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const field = (form: FormData, name: string) => String(form.get(name) ?? '');

  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Surety
            </Title>
            <Text c="dimmed" size="sm">
              Every promise of your contracts, measured live.
            </Text>
          </div>
          {error && (
            <Alert color="red" title="Not signed in" role="alert">
              {error}
            </Alert>
          )}
          {setup.data ? (
            <form
              onSubmit={submit((f) =>
                createFirstAdmin({ name: field(f, 'name'), email: field(f, 'email'), password: field(f, 'password') }),
              )}
            >
              <Stack>
                <Title order={2} size="h4">
                  Create the first admin
                </Title>
                <Text size="sm">This server has no users yet. The first account you create administers it.</Text>
                <TextInput name="name" label="Your name" required autoComplete="name" />
                <TextInput name="email" label="Email" type="email" required autoComplete="email" />
                <PasswordInput
                  name="password"
                  label="Password"
                  required
                  minLength={10}
                  autoComplete="new-password"
                  description="At least 10 characters"
                />
                <Button type="submit" loading={busy}>
                  Create admin and sign in
                </Button>
              </Stack>
            </form>
          ) : withToken ? (
            <form
              onSubmit={submit(async (f) => {
                credentials.useToken(field(f, 'token').trim());
                return whoAmI();
              })}
            >
              <Stack>
                <PasswordInput name="token" label="API token" required description="sur_… as printed by the server" />
                <Button type="submit" loading={busy}>
                  Sign in with token
                </Button>
                <Anchor component="button" type="button" size="sm" onClick={() => setWithToken(false)}>
                  Sign in with email and password
                </Anchor>
              </Stack>
            </form>
          ) : (
            <form onSubmit={submit((f) => signIn({ email: field(f, 'email'), password: field(f, 'password') }))}>
              <Stack>
                <TextInput name="email" label="Email" type="email" required autoComplete="username" />
                <PasswordInput name="password" label="Password" required autoComplete="current-password" />
                <Button type="submit" loading={busy}>
                  Sign in
                </Button>
                <Divider label="or" />
                <Anchor component="button" type="button" size="sm" onClick={() => setWithToken(true)}>
                  Use an API token
                </Anchor>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
