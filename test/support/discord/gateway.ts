/**
 * The gateway half of the fake Discord server: a WebSocket endpoint speaking Discord's gateway
 * protocol (v10, JSON encoding, optional zlib-stream transport compression) well enough for
 * @discordjs/ws: HELLO, heartbeats, IDENTIFY with token and intent checks, READY followed by one
 * GUILD_CREATE per guild, RESUME with replay of missed dispatches, and op 7 RECONNECT on request.
 */
import { randomBytes } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type Duplex } from 'node:stream';
import { constants as zlibConstants, createDeflate, type Deflate } from 'node:zlib';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { type Json } from './payloads';

/** Gateway opcodes used here. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Gateway close codes used here. */
export const GatewayClose = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** GuildMembers, GuildPresences and MessageContent. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export interface IdentifyRecord {
  intents: number;
  shard: [number, number] | null;
  properties: Json;
  at: number;
  /** Whether the server accepted it (false: closed with 4004 or 4014). */
  accepted: boolean;
  closeCode?: number;
}

export interface GatewayConnectionRecord {
  path: string;
  query: Record<string, string>;
  openedAt: number;
  closedAt?: number;
  /** The close code as the server saw it (sent by either side). */
  closeCode?: number;
}

export interface SentDispatch {
  t: string;
  s: number;
  d: unknown;
  sessionId: string;
  /** False while the session had no live socket; such events are replayed on RESUME. */
  delivered: boolean;
  at: number;
}

interface Session {
  id: string;
  seq: number;
  /** Dispatches kept for replay on RESUME (bounded). */
  backlog: { s: number; t: string; d: unknown }[];
  socket: Connection | null;
  shard: [number, number] | null;
  intents: number;
}

interface Connection {
  ws: WebSocket;
  record: GatewayConnectionRecord;
  deflate: Deflate | null;
  /** Serialises compressed writes so frames leave in order. */
  chain: Promise<void>;
  session: Session | null;
}

export interface GatewayOptions {
  token: () => string;
  readyUser: () => Json;
  application: () => Json;
  guildCreates: () => Json[];
  heartbeatIntervalMs: number;
  disallowPrivilegedIntents: () => boolean;
  /** e.g. ws://127.0.0.1:PORT — paths are appended. */
  baseUrl: () => string;
  onChange: () => void;
}

const BACKLOG_LIMIT = 1000;

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly connections: GatewayConnectionRecord[] = [];
  readonly dispatches: SentDispatch[] = [];
  resumeCount = 0;
  heartbeatCount = 0;
  /** Payloads the client sent that the server does not act on (presence updates, op 8, …). */
  readonly otherPayloads: { op: number; d: unknown; at: number }[] = [];

  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 * 1024 });
  private readonly live = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private current: Session | null = null;

  constructor(private readonly opts: GatewayOptions) {}

  get identifyCount(): number {
    return this.identifies.length;
  }

  /** The session of the most recent successful IDENTIFY, if any. */
  get sessionId(): string | null {
    return this.current?.id ?? null;
  }

  /** Whether a socket is attached to the current session right now. */
  get connected(): boolean {
    return this.current?.socket?.ws.readyState === WebSocket.OPEN;
  }

  gatewayUrl(): string {
    return `${this.opts.baseUrl()}/gateway`;
  }

  resumeUrl(): string {
    return `${this.opts.baseUrl()}/gateway/resume`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway/resume') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  private onConnection(ws: WebSocket, url: URL): void {
    const query = Object.fromEntries(url.searchParams.entries());
    const record: GatewayConnectionRecord = { path: url.pathname, query, openedAt: performance.now() };
    this.connections.push(record);
    const conn: Connection = { ws, record, deflate: null, chain: Promise.resolve(), session: null };
    this.live.add(conn);

    ws.on('close', (code) => {
      record.closedAt = performance.now();
      record.closeCode ??= code;
      this.live.delete(conn);
      conn.deflate?.close();
      if (conn.session && conn.session.socket === conn) conn.session.socket = null;
      this.opts.onChange();
    });
    ws.on('error', () => {
      // A reset from the client is routine in tests; the close handler does the bookkeeping.
    });

    if (query.v !== undefined && query.v !== '10' && query.v !== '9') {
      this.closeConn(conn, GatewayClose.InvalidApiVersion, 'Invalid API version');
      return;
    }
    if (query.encoding !== undefined && query.encoding !== 'json') {
      // Only JSON is spoken here; etf would need an encoder the tests never use.
      this.closeConn(conn, GatewayClose.DecodeError, 'Unsupported encoding');
      return;
    }
    if (query.compress === 'zlib-stream') conn.deflate = createDeflate();

    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    this.send(conn, { op: Op.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null });
    this.opts.onChange();
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.closeConn(conn, GatewayClose.DecodeError, 'Error while decoding payload.');
      return;
    }
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch {
      this.closeConn(conn, GatewayClose.DecodeError, 'Error while decoding payload.');
      return;
    }
    const d = payload.d as Json | null | undefined;
    switch (payload.op) {
      case Op.Heartbeat:
        this.heartbeatCount++;
        this.send(conn, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        break;
      case Op.Identify:
        this.onIdentify(conn, d ?? {});
        break;
      case Op.Resume:
        this.onResume(conn, d ?? {});
        break;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        if (!conn.session) {
          this.closeConn(conn, GatewayClose.NotAuthenticated, 'Not authenticated.');
          return;
        }
        this.otherPayloads.push({ op: payload.op, d: payload.d, at: performance.now() });
        break;
      default:
        this.closeConn(conn, GatewayClose.UnknownOpcode, 'Unknown opcode.');
        return;
    }
    this.opts.onChange();
  }

  private onIdentify(conn: Connection, d: Json): void {
    const intents = typeof d.intents === 'number' ? d.intents : Number.NaN;
    const shard = Array.isArray(d.shard) ? (d.shard as [number, number]) : null;
    const record: IdentifyRecord = {
      intents,
      shard,
      properties: (d.properties as Json | undefined) ?? {},
      at: performance.now(),
      accepted: false,
    };
    this.identifies.push(record);
    if (conn.session) {
      record.closeCode = GatewayClose.AlreadyAuthenticated;
      this.closeConn(conn, GatewayClose.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (d.token !== this.opts.token()) {
      record.closeCode = GatewayClose.AuthenticationFailed;
      this.closeConn(conn, GatewayClose.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (!Number.isInteger(intents) || intents < 0 || intents >= 1 << 26) {
      record.closeCode = GatewayClose.InvalidIntents;
      this.closeConn(conn, GatewayClose.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if (this.opts.disallowPrivilegedIntents() && (intents & PRIVILEGED_INTENTS) !== 0) {
      record.closeCode = GatewayClose.DisallowedIntents;
      this.closeConn(conn, GatewayClose.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    record.accepted = true;

    const session: Session = { id: randomSessionId(), seq: 0, backlog: [], socket: conn, shard, intents };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.current = session;

    const guildCreates = this.opts.guildCreates();
    const ready: Json = {
      v: 10,
      user: this.opts.readyUser(),
      guilds: guildCreates.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl(),
      application: this.opts.application(),
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    };
    if (shard) ready.shard = shard;
    this.dispatchTo(session, 'READY', ready);
    for (const guild of guildCreates) this.dispatchTo(session, 'GUILD_CREATE', guild);
  }

  private onResume(conn: Connection, d: Json): void {
    if (conn.session) {
      this.closeConn(conn, GatewayClose.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (d.token !== this.opts.token()) {
      this.closeConn(conn, GatewayClose.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    if (!session || seq > session.seq) {
      // Discord answers an unknown session with op 9 (not resumable); the client re-identifies.
      this.send(conn, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== conn) this.closeConn(session.socket, GatewayClose.UnknownError, 'Session resumed elsewhere');
    session.socket = conn;
    conn.session = session;
    this.current = session;
    this.resumeCount++;
    for (const missed of session.backlog) {
      if (missed.s > seq) this.send(conn, { op: Op.Dispatch, t: missed.t, s: missed.s, d: missed.d });
    }
    for (const sent of this.dispatches) {
      if (sent.sessionId === session.id && sent.s > seq) sent.delivered = true;
    }
    this.dispatchTo(session, 'RESUMED', {});
  }

  /**
   * Sends a dispatch to the current session. With no socket attached (mid-reconnect) it is
   * queued and replayed when the client RESUMEs, as Discord does. Returns the sequence number.
   */
  dispatch(t: string, d: unknown): number {
    if (!this.current) throw new Error('fake gateway: no session yet (has the client logged in?)');
    return this.dispatchTo(this.current, t, d);
  }

  /** Sends a dispatch to the newest session of shard `shardId` (sharded clients, several processes). */
  dispatchToShard(shardId: number, t: string, d: unknown): number {
    const sessions = [...this.sessions.values()].filter((s) => s.shard?.[0] === shardId);
    const session = sessions[sessions.length - 1];
    if (!session) throw new Error(`fake gateway: no session for shard ${shardId}`);
    return this.dispatchTo(session, t, d);
  }

  private dispatchTo(session: Session, t: string, d: unknown): number {
    session.seq += 1;
    const s = session.seq;
    session.backlog.push({ s, t, d });
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    const conn = session.socket;
    const delivered = conn !== null && conn.ws.readyState === WebSocket.OPEN;
    this.dispatches.push({ t, s, d, sessionId: session.id, delivered, at: performance.now() });
    if (conn && delivered) this.send(conn, { op: Op.Dispatch, t, s, d });
    this.opts.onChange();
    return s;
  }

  /** Sends op 7 RECONNECT on the current session's socket. */
  requestReconnect(): void {
    const conn = this.current?.socket;
    if (!conn) throw new Error('fake gateway: no connected session to ask to reconnect');
    this.send(conn, { op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 INVALID_SESSION (resumable or not) on the current session's socket. */
  invalidateSession(resumable: boolean): void {
    const conn = this.current?.socket;
    if (!conn) throw new Error('fake gateway: no connected session');
    if (!resumable && this.current) this.sessions.delete(this.current.id);
    this.send(conn, { op: Op.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Closes the current session's socket from the server side with the given code. */
  closeCurrent(code: number, reason = ''): void {
    const conn = this.current?.socket;
    if (!conn) throw new Error('fake gateway: no connected session');
    this.closeConn(conn, code, reason);
  }

  private closeConn(conn: Connection, code: number, reason: string): void {
    conn.record.closeCode = code;
    // Let queued (compressed) frames go out first.
    void conn.chain.then(() => {
      if (conn.ws.readyState === WebSocket.OPEN) conn.ws.close(code, reason);
    });
  }

  private send(conn: Connection, payload: Json): void {
    const text = JSON.stringify(payload);
    const { deflate } = conn;
    if (!deflate) {
      if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(text);
      return;
    }
    conn.chain = conn.chain.then(
      () =>
        new Promise<void>((resolve) => {
          const chunks: Buffer[] = [];
          const onData = (chunk: Buffer) => chunks.push(chunk);
          deflate.on('data', onData);
          deflate.write(text);
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            deflate.off('data', onData);
            if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(Buffer.concat(chunks), { binary: true });
            resolve();
          });
        }),
    );
  }

  /** Terminates every socket. */
  async close(): Promise<void> {
    for (const conn of this.live) {
      conn.deflate?.close();
      conn.ws.terminate();
    }
    this.live.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function randomSessionId(): string {
  return randomBytes(16).toString('hex');
}
