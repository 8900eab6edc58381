import { Badge, Code, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { api, ok } from '../api/client';
import { formatInstant } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending, Section } from '../ui/page';
import { ruleLines } from './contract-source';
import classes from './contract-page.module.css';

/** A contract readably: parameters with their clauses, versions, customers, and its text with a rule marked. */
export default function ContractPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { rule } = useSearch({ strict: false }) as { rule?: string };
  const contract = useQuery({
    queryKey: ['contract', id],
    queryFn: async () => ok(await api.GET('/contracts/{id}', { params: { path: { id } } })),
  });
  const marked = useMemo(
    () => (contract.data && rule ? ruleLines(contract.data.source, rule) : null),
    [contract.data, rule],
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll the contract text, not the page, to the marked rule.
    const line = document.getElementById(`line-${marked?.from}`);
    if (box.current && line) box.current.scrollTop = line.offsetTop - box.current.clientHeight / 3;
  }, [marked]);
  if (!contract.data) return <Pending error={contract.error} />;
  const k = contract.data;
  const lines = k.source.split('\n');
  return (
    <Page title={k.title} subtitle={`${k.provider} · ${k.id} v${k.version}, published ${formatInstant(k.publishedAt)}`}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Versions">
          <Group gap="xs">
            {k.versions.map((v) => (
              <Badge
                key={v.version}
                variant={v.version === k.version ? 'filled' : 'light'}
                title={formatInstant(v.publishedAt)}
              >
                v{v.version} · {formatInstant(v.publishedAt)}
              </Badge>
            ))}
          </Group>
        </Section>
        <Section title="Customers">
          <Group gap="xs">
            {k.customers.length === 0 && <Text c="dimmed">None assigned.</Text>}
            {k.customers.map((c) => (
              <AppLink key={c} to={pathTo('customers', c)}>
                {c}
              </AppLink>
            ))}
          </Group>
        </Section>
      </SimpleGrid>
      <Section title="Order-form parameters">
        {k.parameters.length === 0 ? (
          <Text c="dimmed" size="sm">
            This contract takes no parameters from an order form.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Parameter</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Meaning</Table.Th>
                  <Table.Th>Clause</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {k.parameters.map((p) => (
                  <Table.Tr key={p.name}>
                    <Table.Td>
                      <code>{p.name}</code> {p.required && <Badge size="xs">required</Badge>}
                    </Table.Td>
                    <Table.Td>{p.type}</Table.Td>
                    <Table.Td>{p.description}</Table.Td>
                    <Table.Td>{p.clause ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <Section
        title="Contract text"
        aside={
          rule && (
            <Text size="sm">
              {marked ? (
                <>
                  marked: <Code>{rule}</Code>
                </>
              ) : (
                <>rule {rule} is not in this version</>
              )}
            </Text>
          )
        }
      >
        <Paper withBorder className={classes.source} tabIndex={0} aria-label="Contract source" ref={box}>
          <pre>
            {lines.map((line, i) => {
              const n = i + 1;
              const hit = marked && n >= marked.from && n <= marked.to;
              return (
                <div key={n} id={`line-${n}`} className={hit ? classes.hit : undefined}>
                  <span className={classes.number} aria-hidden="true">
                    {n}
                  </span>
                  <span className={line.trimStart().startsWith('#') ? classes.comment : undefined}>{line || ' '}</span>
                </div>
              );
            })}
          </pre>
        </Paper>
      </Section>
    </Page>
  );
}
