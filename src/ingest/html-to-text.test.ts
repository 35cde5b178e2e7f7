import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become blank-line separated blocks', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['inline markup joins its text', '<p>A <b>bold</b> <i>move</i>.</p>', 'A bold move.'],
    ['HTML whitespace collapses', '<p>  many\n   spaces\there </p>', 'many spaces here'],
    ['br is a line break', '<p>line one<br>line two<br/>three</p>', 'line one\nline two\nthree'],
    ['headings and list items are blocks', '<h2>Head</h2><ul><li>a</li><li>b</li></ul>', 'Head\n\na\n\nb'],
    ['nested blocks do not double the breaks', '<div><div><p>x</p></div></div><div>y</div>', 'x\n\ny'],
    ['entities decode, nbsp is kept', '<p>a&nbsp;b &amp; c &lt;d&gt; &#8220;q&#8221;</p>', 'a\u00a0b & c <d> “q”'],
    ['pre keeps its whitespace', '<pre>  indented\n    code</pre>', '  indented\n    code'],
    ['table cells are tab separated', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\tb\n\nc'],
    ['text outside any block', 'loose text', 'loose text'],
    ['empty paragraphs vanish', '<p> </p><p>&nbsp;</p><p>x</p>', 'x'],
    ['a full document', '<html><head><title>T</title></head><body><p>b</p></body></html>', 'b'],
    ['empty input', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it.each([
    ['script', '<p>ok</p><script>alert("X")</script>'],
    ['style', '<style>p{content:"X"}</style><p>ok</p>'],
    ['noscript', '<noscript>X</noscript><p>ok</p>'],
    ['iframe', '<iframe src="https://e.example">X</iframe><p>ok</p>'],
    ['object and embed', '<object data="x">X</object><embed src="y"><p>ok</p>'],
    ['svg with script', '<svg><script>X</script><text>X</text></svg><p>ok</p>'],
    ['template', '<template><p>X</p></template><p>ok</p>'],
    ['form controls', '<form><textarea>X</textarea><button>X</button><select><option>X</option></select></form><p>ok</p>'],
    ['hidden attribute', '<p hidden>X</p><p>ok</p>'],
    ['aria-hidden', '<span aria-hidden="true">X</span><p>ok</p>'],
    ['inline display:none', '<div style="display: none">X</div><p>ok</p>'],
  ])('never lets %s content through', (_name, html) => {
    expect(htmlToText(html)).toBe('ok');
  });

  it('keeps only the visible text of event handlers and javascript: links', () => {
    const text = htmlToText('<p onclick="alert(1)">a <a href="javascript:alert(2)">link</a><img src=x onerror="alert(3)"></p>');
    expect(text).toBe('a link');
  });

  it('survives deeply nested markup without overflowing the stack', () => {
    const depth = 20_000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep');
  });
});
