import { plainMarkdown, renderReplyText } from '../../src/render/terminal';

describe('terminal rendering', () => {
  it('turns Discord markdown into readable plain text', () => {
    expect(plainMarkdown('**DNS** ok, __Server side__, see [docs](https://example.org/x) <@123>')).toBe(
      'DNS ok, Server side, see docs (https://example.org/x) @user(123)',
    );
  });

  it('uses bold escapes with colour on', () => {
    expect(plainMarkdown('**DNS**', { color: true })).toBe('\x1b[1mDNS\x1b[22m');
  });

  it('renders the same reply data as Discord gets: title, fields, footer, buttons', () => {
    const text = renderReplyText({
      ephemeral: true,
      embeds: [{ title: 'Connection refused', description: 'Meaning', fields: [{ name: 'First steps', value: '1. Check the port' }], footer: { text: 'Matched code ECONNREFUSED' } }],
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Full article', custom_id: 'explain:article:x:1' }] }],
    });
    expect(text).toBe(
      ['(only you can see this)', 'Connection refused\nMeaning\n\nFirst steps\n1. Check the port\n\nMatched code ECONNREFUSED', '[Full article]'].join('\n\n'),
    );
  });

  it('says who can see a private reply in the reader\'s language (English without one)', () => {
    const reply = { ephemeral: true, content: 'x' };
    expect(renderReplyText(reply)).toBe('(only you can see this)\n\nx');
    expect(renderReplyText(reply, { color: false, locale: 'de' })).toBe('(nur du siehst das)\n\nx');
    expect(renderReplyText(reply, { color: false, locale: 'ru' })).toBe('(это видите только вы)\n\nx');
    expect(renderReplyText({ content: 'x' }, { color: false, locale: 'ru' })).toBe('x');
  });
});
