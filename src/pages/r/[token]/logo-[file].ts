/**
 * A client's logo files, from its own folder, published only in its report folder under names
 * that do not name it (`logo-<hash>.svg`, `logo-dark-<hash>.svg`). None for passphrase clients.
 */
import type { APIRoute } from 'astro';
import { clients } from '../../../data/reports';

export function getStaticPaths() {
  return clients.flatMap((client) =>
    client.logos.map((logo) => ({ params: { token: client.token, file: logo.file }, props: { clientId: client.id, file: logo.file } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const logo = clients.find((c) => c.id === props.clientId)!.logos.find((l) => l.file === props.file)!;
  return new Response(new Uint8Array(logo.bytes), { headers: { 'content-type': logo.type } });
};
