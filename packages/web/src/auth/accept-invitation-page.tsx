import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { APP_BASE } from '../app-base';
import { acceptInvitation, type Me } from './me';

/**
 * Where an invitation's link leads: the invited person chooses the name others see and a password; the account is
 * made with the role the invitation carries and signed in. A link used, revoked or expired says so.
 */
export function AcceptInvitationPage({ token, onSignedIn }: { token: string; onSignedIn(me: Me): void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await acceptInvitation(token, String(form.get('name') ?? ''), String(form.get('password') ?? ''));
      // The link is spent: the address bar no longer holds it.
      window.history.replaceState(null, '', `${APP_BASE}/`);
      onSignedIn(me);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" w={420} maw="100%">
        <form onSubmit={submit} aria-label="Accept the invitation">
          <Stack>
            <Title order={1} size="h2">
              Join Surety
            </Title>
            <Text size="sm" c="dimmed">
              You were invited to Surety. Choose the name others will see and a password of at least 10 characters.
            </Text>
            <TextInput name="name" label="Your name" required maxLength={200} autoComplete="name" />
            <PasswordInput name="password" label="Password" required minLength={10} autoComplete="new-password" />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              Create account and sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
