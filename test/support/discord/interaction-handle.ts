/**
 * What a test holds after sending an interaction: the interaction's id and token, when it was
 * dispatched, and everything the bot did with it (the initial callback, edits of the original
 * response, follow-ups), with helpers that wait for each of them.
 */
import { type Json } from './payloads';

/** Interaction callback types (the `type` of the POST …/callback body). */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

export interface CallbackRecord {
  type: number;
  /** The callback's `data` (message body, choices or modal), `{}` when absent. */
  data: Json;
  /** performance.now() when the server accepted it. */
  receivedAt: number;
  /** receivedAt − dispatchedAt, in milliseconds. */
  latencyMs: number;
  files: UploadedFile[];
}

export interface EditRecord {
  /** '@original' or a follow-up's id. */
  messageId: string;
  body: Json;
  receivedAt: number;
  files: UploadedFile[];
}

export interface FollowUpRecord {
  message: Json;
  body: Json;
  receivedAt: number;
  files: UploadedFile[];
}

export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
  /** The file's bytes. */
  data: Buffer;
}

/** Server-side state of one interaction. */
export interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: Json;
  dispatchedAt: number;
  dispatchedAtNs: bigint;
  expired: boolean;
  /** Initial callbacks later than this after dispatch fail with 10062 (0 = no deadline). */
  ackDeadlineMs: number;
  callback: CallbackRecord | null;
  /** The message that `@original` designates, once there is one. */
  original: Json | null;
  originalDeleted: boolean;
  edits: EditRecord[];
  followUps: FollowUpRecord[];
  deletedMessageIds: string[];
  /** HTTP delivery (interactions endpoint): the endpoint's status and body; 0 when unreachable. */
  http?: { status: number; body: string; callbackError?: unknown };
}

export type Waiter = <T>(check: () => T | undefined, timeoutMs: number, what: string) => Promise<T>;

export class InteractionHandle {
  private editCursor = 0;
  private followUpCursor = 0;

  constructor(
    private readonly state: InteractionState,
    private readonly waitUntil: Waiter,
    private readonly expire: () => void,
  ) {}

  get id(): string {
    return this.state.id;
  }

  get token(): string {
    return this.state.token;
  }

  /** The interaction payload as dispatched (INTERACTION_CREATE `d`). */
  get payload(): Json {
    return this.state.payload;
  }

  /** performance.now() just before the INTERACTION_CREATE frame was sent. */
  get dispatchedAt(): number {
    return this.state.dispatchedAt;
  }

  /** process.hrtime.bigint() at the same moment, for nanosecond arithmetic. */
  get dispatchedAtNs(): bigint {
    return this.state.dispatchedAtNs;
  }

  get callback(): CallbackRecord | null {
    return this.state.callback;
  }

  /** After an HTTP delivery: the endpoint's response status and body. */
  waitForHttpResponse(timeoutMs = 5000): Promise<{ status: number; body: string; callbackError?: unknown }> {
    return this.waitUntil(() => this.state.http, timeoutMs, `HTTP response for interaction ${this.id}`);
  }

  get edits(): readonly EditRecord[] {
    return this.state.edits;
  }

  get followUps(): readonly FollowUpRecord[] {
    return this.state.followUps;
  }

  /** The current `@original` message (after callbacks and edits), or null if none/deleted. */
  get original(): Json | null {
    return this.state.originalDeleted ? null : this.state.original;
  }

  /** The current `@original` content, or null. */
  get originalContent(): string | null {
    const content = this.original?.content;
    return typeof content === 'string' ? content : null;
  }

  /** Whether the original response was deleted (DELETE @original). */
  get originalDeleted(): boolean {
    return this.state.originalDeleted;
  }

  /** Makes every later callback for this interaction fail with 10062 Unknown interaction. */
  expireNow(): void {
    this.expire();
  }

  /** Resolves with the initial callback (now, if it already arrived). */
  waitForCallback(timeoutMs = 5000): Promise<CallbackRecord> {
    return this.waitUntil(() => this.state.callback ?? undefined, timeoutMs, `callback for interaction ${this.id}`);
  }

  /**
   * Resolves with the next edit not yet returned by an earlier waitForEdit on this handle
   * (so successive calls walk through the edits in order).
   */
  async waitForEdit(timeoutMs = 5000): Promise<EditRecord> {
    const index = this.editCursor;
    const edit = await this.waitUntil(() => this.state.edits[index], timeoutMs, `edit #${index + 1} of interaction ${this.id}`);
    this.editCursor = index + 1;
    return edit;
  }

  /** Like waitForEdit, for follow-up messages. */
  async waitForFollowUp(timeoutMs = 5000): Promise<FollowUpRecord> {
    const index = this.followUpCursor;
    const f = await this.waitUntil(() => this.state.followUps[index], timeoutMs, `follow-up #${index + 1} of interaction ${this.id}`);
    this.followUpCursor = index + 1;
    return f;
  }

  /**
   * Resolves when the user can see a finished answer: a type 4/7/8/9 callback, or the first
   * edit after a deferral (type 5/6). Returns when that happened and the milliseconds since
   * dispatch — what the benchmark measures.
   */
  waitForVisibleResponse(timeoutMs = 5000): Promise<{ at: number; latencyMs: number; content: string | null }> {
    return this.waitUntil(
      () => {
        const cb = this.state.callback;
        if (!cb) return undefined;
        if (cb.type !== CallbackType.DeferredChannelMessageWithSource && cb.type !== CallbackType.DeferredUpdateMessage) {
          const content = typeof cb.data.content === 'string' ? cb.data.content : null;
          return { at: cb.receivedAt, latencyMs: cb.receivedAt - this.state.dispatchedAt, content };
        }
        const edit = this.state.edits.find((e) => e.messageId === '@original');
        if (!edit) return undefined;
        const content = typeof edit.body.content === 'string' ? edit.body.content : null;
        return { at: edit.receivedAt, latencyMs: edit.receivedAt - this.state.dispatchedAt, content };
      },
      timeoutMs,
      `visible response to interaction ${this.id}`,
    );
  }
}
