#!/usr/bin/env python3
"""clang-tidy over every C++ source of app/, tests/, benchmarks/ and fuzz/, in batches.

clang-tidy spends most of its time parsing Qt's headers, once per source file. Here the sources that one build
compiles with the same flags (a library's files, a folder's tests) are joined into one batch file, so the headers
are parsed once per batch, and the diagnostics are mapped back to the original file and line. The batch is the
main file, so the static analyzer's path-sensitive checks cover every function in it, as they would file by file.
A batch that does not compile as one (two files define the same name in an unnamed namespace) is split: the
files the errors are in go to a batch of their own, until each compiles. Each test's main() and each fuzz target's
entry point is renamed in its batch. MODELDESK_TIDY_VERBOSE=1 prints each batch's files and time.

Usage: scripts/tidy.py CLANG_TIDY SOURCE_DIR BUILD_DIR [BUILD_DIR...]
Exits 0 with no finding, 1 with findings (printed), 2 on bad use.
"""
import collections
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import time

# Flags that matter to code generation or warnings only; they would split batches for nothing.
DROPPED_FLAGS = re.compile(r'^(-W.*|-pedantic|-g.*|-O.|-f(sanitize|no-sanitize|coverage|profile).*|-MD|-MMD)$')
DROPPED_WITH_VALUE = {'-o', '-c', '-MF', '-MT', '-MQ'}
DIAGNOSTIC = re.compile(r'^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<kind>warning|error): (?P<text>.*)$')


def compile_entries(build_dirs, source_dir):
    """(file, compiler arguments) for every source of ours, from the first build that compiles it."""
    pattern = re.compile('^' + re.escape(source_dir) + r'/(app|tests|benchmarks|fuzz)/.*\.cpp$')
    seen = {}
    for build in build_dirs:
        path = os.path.join(build, 'compile_commands.json')
        try:
            with open(path, encoding='utf-8') as f:
                commands = json.load(f)
        except (OSError, ValueError) as e:
            sys.exit(f'tidy.py: cannot read {path}: {e}')
        for entry in commands:
            file = os.path.normpath(os.path.join(entry['directory'], entry['file']))
            if pattern.match(file) and file not in seen:
                args = entry.get('arguments') or shlex.split(entry['command'])
                seen[file] = (entry['directory'], args)
    return seen


def flags_of(args):
    """The compiler's arguments without the output, the source and the flags that do not change the meaning."""
    flags, skip = [args[0]], False
    for arg in args[1:]:
        if skip:
            skip = False
        elif arg in DROPPED_WITH_VALUE:
            skip = True
        elif not DROPPED_FLAGS.match(arg) and not arg.endswith('.cpp'):
            flags.append(arg)
    return flags


PAIRED = {'-isystem', '-iquote', '-include', '-I', '-D', '-U', '-idirafter', '-imacros', '-x'}


def options(flags):
    """A compiler's flags as options, each with its value when it takes one apart ("-isystem DIR")."""
    out, i = [], 1
    while i < len(flags):
        if flags[i] in PAIRED and i + 1 < len(flags):
            out.append((flags[i], flags[i + 1]))
            i += 2
        else:
            out.append((flags[i],))
            i += 1
    return out


def group(entries):
    """Batches: the sources of one folder built by one compiler, with the union of their targets' options (include
    folders, definitions), so that a folder of tests is one batch, not one per test."""
    groups = collections.OrderedDict()
    for file, (directory, args) in sorted(entries.items()):
        flags = flags_of(args)
        key = (directory, os.path.dirname(file), flags[0])
        batch = groups.setdefault(key, {'directory': directory, 'compiler': flags[0], 'options': {}, 'files': []})
        for option in options(flags):
            batch['options'].setdefault(option, None)
        batch['files'].append(file)
    for batch in groups.values():
        batch['flags'] = [batch['compiler']] + [part for option in batch['options'] for part in option]
    return list(groups.values())


class Batch:
    def __init__(self, work, name, directory, flags, files, source_dir):
        self.name, self.directory, self.flags, self.files, self.source_dir = name, directory, flags, files, source_dir
        self.path = os.path.join(work, name + '.cpp')
        self.lines = []  # (first line in the batch, file)
        text, line = [], 1
        for n, file in enumerate(files):
            with open(file, encoding='utf-8') as f:
                body = f.read()
            if not body.endswith('\n'):
                body += '\n'
            # A test's QTEST_MAIN defines main(), a fuzz target LLVMFuzzerTestOneInput(); one batch holds several.
            head = f'#define main modeldesk_tidy_main_{n}\n#define LLVMFuzzerTestOneInput modeldesk_tidy_fuzz_{n}\n'
            tail = '#undef main\n#undef LLVMFuzzerTestOneInput\n'
            text.append(head)
            line += head.count('\n')
            self.lines.append((line, file))
            text.append(body)
            line += body.count('\n')
            text.append(tail)
            line += tail.count('\n')
        with open(self.path, 'w', encoding='utf-8') as f:
            f.write(''.join(text))
        # Quoted includes are looked up next to the original files.
        quotes = []
        for d in dict.fromkeys(os.path.dirname(f) for f in files):
            quotes += ['-iquote', d]
        self.arguments = flags[:1] + quotes + flags[1:] + ['-c', self.path]

    def original(self, line):
        """The original file and line of a line of the batch file."""
        for first, file in reversed(self.lines):
            if line >= first:
                return file, line - first + 1
        return self.path, line


def nested_checks(source_dir, folder):
    """The Checks of the .clang-tidy nearest to a folder below the top one (tests/.clang-tidy), which a batch in
    the build folder would not find by itself; its InheritParentConfig adds them to the top file's."""
    while folder.startswith(source_dir + '/'):
        path = os.path.join(folder, '.clang-tidy')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                m = re.search(r"^Checks:\s*'([^']*)'", f.read(), re.M)
            return [f'--checks={m.group(1)}'] if m else []
        folder = os.path.dirname(folder)
    return []


def run(tidy, config, batch, extra):
    database = os.path.dirname(batch.path)
    checks = nested_checks(batch.source_dir, os.path.dirname(batch.files[0]))
    command = [tidy, '--quiet', f'--config-file={config}', '-p', database] + checks + extra + [batch.path]
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    batch.seconds = time.monotonic() - start
    findings, broken = [], set()
    lines = (result.stdout + result.stderr).splitlines()
    for i, text in enumerate(lines):
        m = DIAGNOSTIC.match(text)
        if not m:
            continue
        file, line = os.path.normpath(os.path.join(batch.directory, m['file'])), int(m['line'])
        if file == batch.path:
            file, line = batch.original(line)
        if m['text'].endswith('[clang-diagnostic-error]'):
            broken.add(file)
        findings.append(f"{file}:{line}:{m['col']}: {m['kind']}: {m['text']}")
    return findings, broken


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tidy, source_dir, builds = argv[1], os.path.realpath(argv[2]), [os.path.realpath(b) for b in argv[3:]]
    config = os.path.join(source_dir, '.clang-tidy')
    entries = compile_entries(builds, source_dir)
    if not entries:
        print('tidy.py: no source of ours in the compile commands of ' + ', '.join(builds), file=sys.stderr)
        return 2
    work = os.path.join(builds[0], 'tidy')
    os.makedirs(work, exist_ok=True)
    # The analyzer's shallow mode (less inlining across calls), as editors run it: the default mode costs ten
    # times as long for what it adds.
    extra = ['--extra-arg=-Xclang', '--extra-arg=-analyzer-config', '--extra-arg=-Xclang',
             '--extra-arg=mode=shallow']

    # The largest batches first, so the last to finish are small ones and no job waits alone at the end.
    groups = sorted(group(entries), key=lambda g: -sum(os.path.getsize(f) for f in g['files']))
    pending = [(f'batch{n}', g['directory'], g['flags'], g['files']) for n, g in enumerate(groups)]
    findings, count, batches = set(), len(entries), 0
    jobs = os.cpu_count() or 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        while pending:
            made = [Batch(work, name, d, flags, files, source_dir) for name, d, flags, files in pending]
            with open(os.path.join(work, 'compile_commands.json'), 'w', encoding='utf-8') as f:
                json.dump([{'directory': b.directory, 'file': b.path, 'arguments': b.arguments} for b in made], f)
            pending = []
            for batch, (found, broken) in zip(made, pool.map(lambda b: run(tidy, config, b, extra), made)):
                batches += 1
                if broken and len(batch.files) > 1:
                    # Two files of the batch define the same name: the errors are in the later one. Those files
                    # go to a batch of their own; an error elsewhere (a header) halves the batch instead.
                    later = [f for f in batch.files if f in broken]
                    if not later or len(later) == len(batch.files):
                        later = batch.files[len(batch.files) // 2:]
                    rest = [f for f in batch.files if f not in later]
                    pending.append((batch.name + 'a', batch.directory, batch.flags, rest))
                    pending.append((batch.name + 'b', batch.directory, batch.flags, later))
                else:
                    findings.update(found)
                if os.environ.get('MODELDESK_TIDY_VERBOSE'):
                    print(f'tidy.py: {batch.name}: {len(batch.files)} files from {os.path.dirname(batch.files[0])}, '
                          f'{batch.seconds:.1f} s{", split" if broken and len(batch.files) > 1 else ""}',
                          file=sys.stderr)
    for line in sorted(findings):
        print(line)
    print(f'clang-tidy: {len(findings)} findings in {count} files ({batches} runs)', file=sys.stderr)
    return 1 if findings else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
