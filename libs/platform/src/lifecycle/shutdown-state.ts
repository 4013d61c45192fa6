import { Injectable } from '@nestjs/common';

/**
 * Whether this process has been asked to stop. While it drains, readiness answers 503 (load
 * balancers stop sending) and every answer asks the client to close its connection, so no
 * client is left holding a kept-alive socket when the listener closes.
 */
@Injectable()
export class ShutdownState {
  private drainingSince: Date | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  beginDrain(): void {
    this.drainingSince ??= new Date();
  }
}
