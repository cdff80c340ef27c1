#!/usr/bin/env python3
"""Writes the pages of dist/ from shell.html and the emcc output (web/CMakeLists.txt runs it).

  make_pages.py --shell shell.html --dist build/web/dist --embed web/embed --examples examples

  index.html              {{{ APP }}} = import of ./annotator-app.mjs, which fetches the wasm
  annotator-offline.html  {{{ APP }}} = annotator-app.mjs itself, {{{ WASM }}} = the wasm
                          gzipped, in base64, in a non-executed <script type="application/gzip">
  annotator.mjs, embed.html, embed-frame.mjs, examples/*   copied (the embedding API)

{{{ CSP }}} becomes a policy listing the sha256 of each inline script and style of the page,
so no other inline code can run (an injected <script> or onclick= would be refused).
"""
import argparse
import base64
import gzip
import hashlib
import os
import re
import shutil

INLINE = re.compile(r'<(script|style)([^>]*)>(.*?)</\1>', re.S)


def csp_hashes(html, tag):
    hashes = []
    for found in INLINE.finditer(html):
        if found.group(1) != tag or 'src=' in found.group(2) or 'application/gzip' in found.group(2):
            continue
        digest = hashlib.sha256(found.group(3).encode('utf-8')).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode('ascii'))
    return ' '.join(hashes)


def with_csp(html, connect):
    # default-src 'none': no fonts, images, frames or requests other than the ones named here.
    policy = ("default-src 'none'; script-src 'self' %s 'wasm-unsafe-eval'; style-src %s; "
              "img-src data:; connect-src %s; base-uri 'none'; form-action 'none'"
              % (csp_hashes(html, 'script'), csp_hashes(html, 'style'), connect))
    return html.replace('{{{ CSP }}}', policy)


def module_code(app_js):
    # An inline module cannot be imported: drop the export, keep the factory's name.
    code = app_js.replace('export default createAnnotatorApp;', '')
    if '</script' in code.lower():
        raise SystemExit('annotator-app.mjs contains "</script": it cannot be inlined as is')
    return code


def main():
    parser = argparse.ArgumentParser()
    for flag in ('--shell', '--dist', '--embed', '--examples'):
        parser.add_argument(flag, required=True)
    args = parser.parse_args()
    shell = open(args.shell, encoding='utf-8').read()
    app_js = open(os.path.join(args.dist, 'annotator-app.mjs'), encoding='utf-8').read()
    wasm = open(os.path.join(args.dist, 'annotator-app.wasm'), 'rb').read()

    index = shell.replace('{{{ APP }}}', "import createAnnotatorApp from './annotator-app.mjs';")
    index = with_csp(index.replace('{{{ WASM }}}', ''), "'self'")
    with open(os.path.join(args.dist, 'index.html'), 'w', encoding='utf-8') as out:
        out.write(index)

    packed = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode('ascii')
    offline = shell.replace('{{{ APP }}}', module_code(app_js))
    offline = offline.replace(
        '{{{ WASM }}}', '<script type="application/gzip" id="annotator-wasm">%s</script>' % packed)
    offline = with_csp(offline, "'none'")
    with open(os.path.join(args.dist, 'annotator-offline.html'), 'w', encoding='utf-8') as out:
        out.write(offline)

    for name in os.listdir(args.embed):
        if name.endswith(('.mjs', '.html', '.css')):
            shutil.copyfile(os.path.join(args.embed, name), os.path.join(args.dist, name))
    if os.path.isdir(args.examples):
        shutil.copytree(args.examples, os.path.join(args.dist, 'examples'), dirs_exist_ok=True)


if __name__ == '__main__':
    main()
