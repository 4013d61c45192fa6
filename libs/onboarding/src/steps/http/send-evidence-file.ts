import type { FastifyReply } from 'fastify';
import type { EvidenceFile } from '../evidence.service';

/**
 * Sends an evidence file as a download. Its ETag is the content's SHA-256, not an edit
 * counter: evidence never changes, so there is nothing to send back in If-Match.
 */
export async function sendEvidenceFile(reply: FastifyReply, file: EvidenceFile): Promise<void> {
  await reply
    .type(file.contentType)
    .header('Content-Disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('ETag', `"sha256-${file.sha256}"`)
    .header('Cache-Control', 'private, no-store')
    .send(file.content);
}
