import { createHmac } from 'node:crypto';
import { IdentitySettings } from '@bluecarbon/identity';

/** What mail to people needs from the settings, derived once. */
export class NotificationsSettings {
  /** Signs unsubscribe links: derived from the JWT key, so no new secret to configure. */
  readonly unsubscribeKey: Uint8Array;
  readonly publicWebUrl: string;

  constructor(identity: IdentitySettings) {
    this.unsubscribeKey = createHmac('sha256', identity.jwtKey).update('bluecarbon notifications unsubscribe').digest();
    this.publicWebUrl = identity.publicWebUrl;
  }

  preferencesLink(): string {
    return `${this.publicWebUrl}/me/notifications`;
  }

  unsubscribeLink(token: string): string {
    return `${this.publicWebUrl}/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
  }
}
