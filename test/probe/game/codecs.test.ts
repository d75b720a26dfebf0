/** The pure encoders and decoders of the game protocols, byte by byte. */
import { decodeA2sAnswer, encodeA2sInfo } from '../../../src/probe/game/a2s';
import { decodeBedrockPong, encodeBedrockPing, RAKNET_MAGIC } from '../../../src/probe/game/bedrock';
import {
  chatText,
  decodeJavaStatusResponse,
  decodeVarInt,
  encodeJavaStatusRequest,
  encodeVarInt,
  GameProtocolError,
} from '../../../src/probe/game/minecraft-java';
import { a2sInfoPacket } from '../../support/game-servers';

/** What a decoder found wrong (GameProtocolError carries it as data). */
function problemOf(decode: () => unknown): unknown {
  try {
    decode();
  } catch (err) {
    if (err instanceof GameProtocolError) return err.problem;
    throw err;
  }
  throw new Error('expected the decoder to refuse the answer');
}

describe('Minecraft Java: VarInt and the status ping', () => {
  it.each([
    [0, '00'],
    [1, '01'],
    [127, '7f'],
    [128, '8001'],
    [25565, 'ddc701'],
    [-1, 'ffffffff0f'],
  ])('VarInt %d ↔ %s', (n, hex) => {
    expect(encodeVarInt(n).toString('hex')).toBe(hex);
    expect(decodeVarInt(Buffer.from(hex, 'hex'))).toEqual({ value: n, size: hex.length / 2 });
  });

  it('an unfinished VarInt waits; a 6-byte one is not Minecraft', () => {
    expect(decodeVarInt(Buffer.from('80', 'hex'))).toBeNull();
    expect(() => decodeVarInt(Buffer.from('ffffffffff01', 'hex'))).toThrow(GameProtocolError);
  });

  it('handshake (protocol -1, host, port, next state 1) then the empty status request', () => {
    const bytes = encodeJavaStatusRequest('mc.example.net', 25565);
    // length 0x18 = 24: id 0, VarInt -1 (5 bytes), string (1 + 14), port (2), next state (1)
    expect(bytes.toString('hex')).toBe('1800' + 'ffffffff0f' + '0e' + Buffer.from('mc.example.net').toString('hex') + '63dd' + '01' + '0100');
  });

  function response(json: string): Buffer {
    const text = Buffer.from(json, 'utf8');
    const body = Buffer.concat([encodeVarInt(0), encodeVarInt(text.length), text]);
    return Buffer.concat([encodeVarInt(body.length), body]);
  }

  it('decodes version, players and a chat-component MOTD once the whole packet is there', () => {
    const full = response(JSON.stringify({ version: { name: 'Paper 1.21.4', protocol: 769 }, players: { online: 3, max: '20' }, description: { text: '§aHello ', extra: [{ text: 'world' }] } }));
    expect(decodeJavaStatusResponse(full.subarray(0, 10), 65536)).toEqual({ complete: false });
    const out = decodeJavaStatusResponse(full, 65536);
    expect(out).toEqual({
      complete: true,
      status: { kind: 'minecraft-java', transport: 'tcp', name: null, players: 3, maxPlayers: 20, version: 'Paper 1.21.4', map: null, motd: '§aHello world' },
    });
  });

  it('refuses what is not a status answer', () => {
    // 'H' (72) reads as a packet length; once 72 bytes are there, the packet id 'T' is wrong.
    const http = Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nBad request, sorry.\n');
    expect(decodeJavaStatusResponse(http.subarray(0, 20), 65536)).toEqual({ complete: false });
    expect(() => decodeJavaStatusResponse(http, 65536)).toThrow(GameProtocolError);
    expect(problemOf(() => decodeJavaStatusResponse(response('not json'), 65536))).toEqual({ code: 'status-not-json' });
    expect(problemOf(() => decodeJavaStatusResponse(response('{"foo":1}'), 65536))).toEqual({ code: 'status-json-empty' });
    expect(problemOf(() => decodeJavaStatusResponse(Buffer.concat([encodeVarInt(100000), Buffer.alloc(4)]), 65536))).toEqual({ code: 'packet-size', bytes: 100000 });
  });

  it('chat components: strings, arrays, nesting', () => {
    expect(chatText(['a', { text: 'b', extra: ['c', { translate: 'd' }] }])).toBe('abcd');
  });
});

describe('Minecraft Bedrock: unconnected ping and pong', () => {
  it('ping = 0x01, time, magic, client GUID', () => {
    const ping = encodeBedrockPing(5n, 7n);
    expect(ping.length).toBe(33);
    expect(ping[0]).toBe(0x01);
    expect(ping.readBigInt64BE(1)).toBe(5n);
    expect(ping.subarray(9, 25).equals(RAKNET_MAGIC)).toBe(true);
    expect(ping.readBigInt64BE(25)).toBe(7n);
  });

  function pong(id: string): Buffer {
    const head = Buffer.alloc(35);
    head[0] = 0x1c;
    RAKNET_MAGIC.copy(head, 17);
    head.writeUInt16BE(Buffer.byteLength(id), 33);
    return Buffer.concat([head, Buffer.from(id)]);
  }

  it('decodes the server id string', () => {
    expect(decodeBedrockPong(pong('MCPE;Dedicated Server;766;1.21.50;2;10;1234;Bedrock level;Survival;1;19132;19133;'))).toEqual({
      kind: 'minecraft-bedrock',
      transport: 'udp',
      name: null,
      players: 2,
      maxPlayers: 10,
      version: '1.21.50',
      map: null,
      motd: 'Dedicated Server — Bedrock level',
    });
  });

  it('refuses other packets and other games', () => {
    expect(() => decodeBedrockPong(Buffer.from('hello'))).toThrow(GameProtocolError);
    expect(problemOf(() => decodeBedrockPong(pong('XYZ;foo')))).toEqual({ code: 'not-bedrock' });
    const noMagic = pong('MCPE;a;1;1;1;1');
    noMagic[21] = 0;
    expect(problemOf(() => decodeBedrockPong(noMagic))).toEqual({ code: 'no-raknet-magic' });
  });
});

describe('Source A2S_INFO', () => {
  it('request with and without the challenge', () => {
    expect(encodeA2sInfo().toString('latin1')).toBe('\xff\xff\xff\xffTSource Engine Query\0');
    expect(encodeA2sInfo(Buffer.from([1, 2, 3, 4])).subarray(-4)).toEqual(Buffer.from([1, 2, 3, 4]));
  });

  it('challenge and info answers', () => {
    expect(decodeA2sAnswer(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x41, 9, 8, 7, 6]))).toEqual({ kind: 'challenge', challenge: Buffer.from([9, 8, 7, 6]) });
    const info = a2sInfoPacket({ name: 'My server', map: 'de_dust2', folder: 'csgo', game: 'Counter-Strike', players: 5, maxPlayers: 32, version: '1.38.8.1' });
    expect(decodeA2sAnswer(info)).toEqual({
      kind: 'info',
      status: { kind: 'source', transport: 'udp', name: 'My server', players: 5, maxPlayers: 32, version: '1.38.8.1', map: 'de_dust2', motd: null },
    });
  });

  it('split, unknown, cut short', () => {
    expect(problemOf(() => decodeA2sAnswer(Buffer.from([0xfe, 0xff, 0xff, 0xff, 1, 2, 3])))).toEqual({ code: 'a2s-split' });
    expect(problemOf(() => decodeA2sAnswer(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x6a])))).toEqual({ code: 'a2s-unexpected-type', type: '0x6a' });
    expect(problemOf(() => decodeA2sAnswer(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x49, 17, 0x41])))).toEqual({ code: 'a2s-cut-short' });
    expect(() => decodeA2sAnswer(Buffer.from('GET / HTTP/1.1'))).toThrow(GameProtocolError);
  });
});
