#!/usr/bin/env python3
"""Packaging checks for Saywho, run by CTest (see CMakeLists.txt next to this file).

Each subcommand checks one thing and exits non-zero with a list of what is wrong:
  install-tree  `cmake --install` into a temporary DESTDIR puts exactly the expected files there,
                they agree with each other (icon name, launchable, MIME types, version), and the
                installed program runs.
  validators    desktop-file-validate and appstreamcli validate --no-net pass on the installed files.
  man-page      the man page is well-formed roff, documents every option `saywho --help` lists, the
                real settings file and the real exit codes.
  deb           cpack builds the .deb into a temporary folder; its control fields and file list are
                right, every shared library the program needs comes from a declared dependency, and
                apt can resolve it for installation (simulated).
  translations  every .ts file is completely translated (no unfinished or empty entries, the same
                placeholders, accelerators and markup as the English text), and lupdate run on the
                current sources finds no string the translation lacks.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIME_TYPES = {"text/plain", "text/html", "text/markdown", "application/rss+xml", "application/atom+xml"}
ICON_SIZES = (16, 32, 48, 64, 128, 256)
SAMPLE = "resources/samples/almaty-talks.txt"


class Checks:
    """Collects failures so one run reports every problem, not only the first."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.passed = 0

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
        return condition

    def finish(self):
        for f in self.failures:
            print(f"FAIL: {f}")
        print(f"{self.name}: {self.passed} checks passed, {len(self.failures)} failed")
        return 1 if self.failures else 0


def run(cmd, **kwargs):
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 600)
    return subprocess.run(cmd, **kwargs)


def expected_files(app_id):
    """Every file the install puts under the prefix, relative to it."""
    files = {
        "bin/saywho",
        f"share/applications/{app_id}.desktop",
        f"share/metainfo/{app_id}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{app_id}.svg",
        "share/man/man1/saywho.1.gz",
        "share/doc/saywho/copyright",
    }
    files.update(f"share/icons/hicolor/{s}x{s}/apps/{app_id}.png" for s in ICON_SIZES)
    return files


def install_into(args, destdir):
    """Runs `cmake --install` with prefix /usr into destdir; returns the install root (destdir/usr)."""
    env = dict(os.environ, DESTDIR=destdir)
    cmd = [args.cmake, "--install", args.build_dir, "--prefix", "/usr"]
    if args.config:
        cmd += ["--config", args.config]
    result = run(cmd, env=env)
    if result.returncode != 0:
        sys.exit(f"cmake --install failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return os.path.join(destdir, "usr")


def files_under(root):
    found = set()
    for dirpath, _, filenames in os.walk(root):
        for f in filenames:
            found.add(os.path.relpath(os.path.join(dirpath, f), root))
    return found


def read_desktop_entry(path):
    entry = {}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("["):
                section = line
            elif section == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key] = value
    return entry


def png_header(path):
    """(width, height, colour type) from a PNG's IHDR chunk, or None if it is not a PNG."""
    with open(path, "rb") as f:
        head = f.read(33)
    if len(head) < 33 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height, _depth, colour = struct.unpack(">IIBB", head[16:26])
    return width, height, colour


def newest_release(metainfo_root):
    releases = metainfo_root.findall("./releases/release")
    return releases[0].get("version") if releases else None


def cmd_install_tree(args):
    c = Checks("install-tree")
    app_id = args.app_id
    with tempfile.TemporaryDirectory(prefix="saywho-install-") as destdir:
        root = install_into(args, destdir)
        found = files_under(destdir)
        expected = {os.path.join("usr", f) for f in expected_files(app_id)}
        for f in sorted(expected - found):
            c.check(False, f"not installed: /{f}")
        for f in sorted(found - expected):
            c.check(False, f"installed but not expected: /{f}")

        binary = os.path.join(root, "bin/saywho")
        if c.check(os.path.isfile(binary), "bin/saywho missing"):
            c.check(os.access(binary, os.X_OK), "bin/saywho is not executable")
            with open(binary, "rb") as f:
                c.check(f.read(4) == b"\x7fELF", "bin/saywho is not an ELF executable")
            dyn = run(["readelf", "-d", binary]).stdout
            c.check(not re.search(r"\((RPATH|RUNPATH)\)", dyn),
                    "installed bin/saywho still has an RPATH/RUNPATH:\n" + dyn)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            version = run([binary, "--version"], env=env)
            c.check(version.returncode == 0 and args.version in version.stdout,
                    f"installed saywho --version printed {version.stdout!r} (rc {version.returncode}), "
                    f"expected {args.version}")
            extract = run([binary, "--extract", os.path.join(args.source_dir, SAMPLE)], env=env)
            ok = extract.returncode == 0
            if c.check(ok, f"installed saywho --extract on the sample failed: {extract.stderr}"):
                obj = json.loads(extract.stdout.splitlines()[0])
                c.check(len(obj.get("speakers", [])) > 0, "installed saywho --extract found no speakers")

        desktop_path = os.path.join(root, f"share/applications/{app_id}.desktop")
        if os.path.isfile(desktop_path):
            entry = read_desktop_entry(desktop_path)
            c.check(entry.get("Type") == "Application", "desktop entry Type is not Application")
            c.check(entry.get("Icon") == app_id, f"desktop Icon={entry.get('Icon')}, expected {app_id}")
            exec_words = entry.get("Exec", "").split()
            c.check(exec_words[:1] == ["saywho"], f"desktop Exec does not start saywho: {entry.get('Exec')}")
            c.check(any(w in ("%f", "%F", "%u", "%U") for w in exec_words),
                    "desktop Exec takes no file argument, so 'Open with' cannot pass the file")
            c.check(entry.get("TryExec") == "saywho", "desktop TryExec is not saywho")
            mimes = {m for m in entry.get("MimeType", "").split(";") if m}
            c.check(mimes == MIME_TYPES, f"desktop MimeType {sorted(mimes)}, expected {sorted(MIME_TYPES)}")
            c.check(entry.get("Name") == "Saywho", "desktop Name is not Saywho")

        metainfo_path = os.path.join(root, f"share/metainfo/{app_id}.metainfo.xml")
        if os.path.isfile(metainfo_path):
            meta = ET.parse(metainfo_path).getroot()
            c.check(meta.get("type") == "desktop-application", "metainfo component type is not desktop-application")
            c.check(meta.findtext("id") == app_id, f"metainfo id {meta.findtext('id')}, expected {app_id}")
            c.check(meta.findtext("launchable") == f"{app_id}.desktop", "metainfo launchable is not the desktop file")
            c.check(meta.findtext("project_license") == "GPL-3.0-or-later", "project_license is not GPL-3.0-or-later")
            c.check(meta.findtext("metadata_license") == "CC0-1.0", "metadata_license is not CC0-1.0")
            c.check(meta.findtext("./provides/binary") == "saywho", "metainfo does not provide the saywho binary")
            media = {m.text for m in meta.findall("./provides/mediatype")}
            c.check(media == MIME_TYPES, f"metainfo media types {sorted(media)} differ from the desktop file's")
            rating = meta.find("content_rating")
            c.check(rating is not None and rating.get("type", "").startswith("oars-"), "no OARS content rating")
            c.check(newest_release(meta) == args.version,
                    f"newest metainfo release is {newest_release(meta)}, the project version is {args.version}: "
                    "add release notes for it")
            release = meta.find("./releases/release")
            c.check(release is not None and release.find("description") is not None,
                    "newest release has no release notes")
            c.check(meta.findtext("./screenshots/screenshot/image", "").startswith("https://"),
                    "metainfo has no screenshot image URL")

        svg_path = os.path.join(root, f"share/icons/hicolor/scalable/apps/{app_id}.svg")
        if os.path.isfile(svg_path):
            svg = ET.parse(svg_path).getroot()
            c.check(svg.tag == "{http://www.w3.org/2000/svg}svg", "scalable icon is not an SVG document")
            box = [float(v) for v in svg.get("viewBox", "0 0 0 1").split()]
            c.check(len(box) == 4 and box[2] == box[3] and box[2] > 0, "SVG icon viewBox is not square")
        for s in ICON_SIZES:
            png = os.path.join(root, f"share/icons/hicolor/{s}x{s}/apps/{app_id}.png")
            if os.path.isfile(png):
                header = png_header(png)
                c.check(header is not None, f"{s}x{s} icon is not a PNG")
                if header:
                    c.check(header[:2] == (s, s), f"{s}x{s} icon is {header[0]}x{header[1]}")
                    c.check(header[2] == 6, f"{s}x{s} icon has no alpha channel (colour type {header[2]})")

        man = os.path.join(root, "share/man/man1/saywho.1.gz")
        if os.path.isfile(man):
            with gzip.open(man, "rt", encoding="utf-8") as f:
                c.check(f.read().startswith(".\\\""), "installed man page does not decompress to the roff source")
    return c.finish()


def cmd_validators(args):
    c = Checks("validators")
    app_id = args.app_id
    with tempfile.TemporaryDirectory(prefix="saywho-validate-") as destdir:
        root = install_into(args, destdir)
        desktop = os.path.join(root, f"share/applications/{app_id}.desktop")
        metainfo = os.path.join(root, f"share/metainfo/{app_id}.metainfo.xml")

        r = run(["desktop-file-validate", desktop])
        output = (r.stdout + r.stderr).strip()
        # desktop-file-validate exits 0 on warnings; only its hints are acceptable.
        problems = [l for l in output.splitlines() if not re.search(r":\s*hint:", l)]
        c.check(r.returncode == 0 and not problems, f"desktop-file-validate {desktop}:\n{output}")

        r = run(["appstreamcli", "validate", "--no-net", "--strict", metainfo])
        c.check(r.returncode == 0, f"appstreamcli validate --no-net --strict {metainfo}:\n{r.stdout}{r.stderr}")

        # validate-tree also checks that the tree holds the desktop file and icon the metainfo needs.
        r = run(["appstreamcli", "validate-tree", "--no-net", "--strict", destdir])
        c.check(r.returncode == 0, f"appstreamcli validate-tree --no-net --strict:\n{r.stdout}{r.stderr}")
    return c.finish()


def settings_file_from_main(source_dir):
    """The QSettings file on Linux, from the names main.cpp gives the application."""
    with open(os.path.join(source_dir, "main.cpp"), encoding="utf-8") as f:
        main = f.read()
    org = re.search(r'setOrganizationName\(QStringLiteral\("([^"]+)"\)\)', main)
    app = re.search(r'setApplicationName\(QStringLiteral\("([^"]+)"\)\)', main)
    if not org or not app:
        return None
    return f"~/.config/{org.group(1)}/{app.group(1)}.conf"


def cmd_man_page(args):
    c = Checks("man-page")
    page = os.path.join(args.source_dir, "packaging/saywho.1")
    with open(page, encoding="utf-8") as f:
        roff = f.read()

    r = run(["groff", "-man", "-ww", "-z", "-t", page])
    c.check(r.returncode == 0 and not r.stderr.strip(), f"groff warns about the man page:\n{r.stderr}")
    r = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page], env=dict(os.environ, MANWIDTH="80"))
    c.check(r.returncode == 0 and not r.stderr.strip(), f"man --warnings complains:\n{r.stderr}")

    th = re.search(r'^\.TH SAYWHO 1 "[^"]*" "Saywho ([^"]+)"', roff, re.M)
    c.check(th is not None and th.group(1) == args.version,
            f"man page .TH names version {th.group(1) if th else None}, the project is {args.version}")
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUPPORTED FORMATS", "JSON OUTPUT",
                    "EXIT STATUS", "FILES", "EXAMPLES"):
        c.check(re.search(rf"^\.SH {section}$", roff, re.M) is not None, f"man page has no {section} section")

    # Every option the program offers is documented, in roff's escaped form (\- for -).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    help_text = run([args.binary, "--help"], env=env).stdout
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", help_text))
    c.check({"-x", "--extract", "-h", "--help", "-v", "--version"} <= options,
            f"saywho --help does not list the expected options: {sorted(options)}")
    options_section = re.search(r"^\.SH OPTIONS\n(.*?)^\.SH ", roff, re.M | re.S)
    tagged = re.findall(r"^\.TP\n(.*)$", options_section.group(1), re.M) if options_section else []
    for option in sorted(options):
        escaped = option.replace("-", "\\-")
        c.check(any(re.search(rf"(^|[\s\"]){re.escape(escaped)}(\"|,|\s|$)", t) for t in tagged),
                f"OPTIONS in the man page has no entry for {option}")

    settings = settings_file_from_main(args.source_dir)
    c.check(settings is not None, "cannot find the organisation and application names in main.cpp")
    if settings:
        c.check(f".I {settings}" in roff, f"man page FILES does not name the settings file {settings}")

    # The documented exit codes are the real ones.
    with tempfile.TemporaryDirectory(prefix="saywho-exit-") as tmp:
        missing = os.path.join(tmp, "no-such-article.txt")
        sample = os.path.join(args.source_dir, SAMPLE)
        cases = [
            ("--extract on the sample", [args.binary, "--extract", sample], 0),
            ("--version", [args.binary, "--version"], 0),
            ("--extract on a missing file", [args.binary, "--extract", missing], 1),
            ("--extract on the sample and a missing file", [args.binary, "-x", sample, missing], 1),
            ("--extract without a file", [args.binary, "--extract"], 2),
            ("an unknown option", [args.binary, "--extract", "--no-such-option", sample], 2),
        ]
        for what, cmd, expected in cases:
            r = run(cmd, env=env, timeout=120)
            c.check(r.returncode == expected,
                    f"{what}: exit code {r.returncode}, the man page says {expected} (stderr: {r.stderr.strip()})")
    exit_section = re.search(r"^\.SH EXIT STATUS\n(.*?)^\.SH ", roff, re.M | re.S)
    documented = re.findall(r"^\.TP\n\.B (\d+)$", exit_section.group(1), re.M) if exit_section else []
    c.check(documented == ["0", "1", "2"], f"EXIT STATUS documents {documented}, expected 0, 1 and 2")
    return c.finish()


def control_field(deb, field):
    return run(["dpkg-deb", "-f", deb, field]).stdout.strip()


def depends_packages(depends):
    """Package names from a Depends field, alternatives included."""
    names = set()
    for clause in depends.split(","):
        for alt in clause.split("|"):
            name = alt.strip().split(" ")[0].split(":")[0]
            if name:
                names.add(name)
    return names


def needed_library_packages(binary):
    """The Debian packages owning the shared libraries the binary is linked against."""
    out = run(["ldd", binary]).stdout
    packages = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) => (/\S+)", line)
        if not m:
            continue
        path = os.path.realpath(m.group(2))
        owner = run(["dpkg-query", "-S", path])
        if owner.returncode != 0:
            # /lib is a symlink to /usr/lib on merged-/usr systems; dpkg may know either spelling.
            alt = path[4:] if path.startswith("/usr/") else "/usr" + path
            owner = run(["dpkg-query", "-S", alt])
        pkg = owner.stdout.split(":")[0].strip() if owner.returncode == 0 else None
        packages[m.group(1)] = pkg
    return packages


def cmd_deb(args):
    c = Checks("deb")
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="saywho-deb-") as outdir:
        cmd = [args.cpack, "-G", "DEB", "--config", os.path.join(args.build_dir, "CPackConfig.cmake"),
               "-B", outdir]
        if args.config:
            cmd += ["-C", args.config]
        r = run(cmd)
        if r.returncode != 0:
            c.check(False, f"cpack failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
            return c.finish()
        deb = os.path.join(outdir, f"saywho_{args.version}_{arch}.deb")
        if not c.check(os.path.isfile(deb), f"cpack did not produce {os.path.basename(deb)}: "
                       f"{sorted(os.listdir(outdir))}"):
            return c.finish()

        c.check(control_field(deb, "Package") == "saywho", "Package is not saywho")
        c.check(control_field(deb, "Version") == args.version, f"Version is {control_field(deb, 'Version')}")
        c.check(control_field(deb, "Architecture") == arch, f"Architecture is not {arch}")
        c.check(re.fullmatch(r"[^<>]+ <[^@<>\s]+@[^@<>\s]+>", control_field(deb, "Maintainer")) is not None,
                f"Maintainer is not 'Name <email>': {control_field(deb, 'Maintainer')!r}")
        c.check(control_field(deb, "Section") != "", "no Section")
        c.check(control_field(deb, "Priority") == "optional", "Priority is not optional")
        c.check(control_field(deb, "Homepage").startswith("https://"), "Homepage is not an https URL")
        description = control_field(deb, "Description").splitlines()
        c.check(len(description) >= 3, f"Description has no long description: {description}")
        if description:
            synopsis = description[0]
            c.check(0 < len(synopsis) <= 80 and not re.match(r"(?i)(a|an|the) ", synopsis),
                    f"Description synopsis is not a short phrase without an article: {synopsis!r}")
        c.check(control_field(deb, "Installed-Size").isdigit(), "no Installed-Size")

        depends = control_field(deb, "Depends")
        declared = depends_packages(depends)
        c.check("qt6-qpa-plugins" in declared, "Depends lacks qt6-qpa-plugins (the window needs a platform plugin)")
        c.check("libqt6svg6" in declared, "Depends lacks libqt6svg6 (the SVG icons need its plugins)")
        # shlibdeps worked: versioned dependencies on the libraries the program links.
        c.check(re.search(r"libqt6widgets6 \(>= [^)]+\)", depends) is not None,
                f"Depends has no versioned libqt6widgets6, was dpkg-shlibdeps run? {depends}")
        # ldd lists the whole closure, which declared dependencies pull in; only the libraries
        # linked directly (NEEDED) must be declared.
        direct = run(["readelf", "-d", args.binary]).stdout
        for lib, pkg in sorted(needed_library_packages(args.binary).items()):
            c.check(pkg is not None, f"{lib} needed by saywho belongs to no Debian package")
            if pkg is None:
                continue
            if f"[{lib}]" in direct:
                c.check(pkg.split(":")[0] in declared, f"saywho links {lib} from {pkg}, which Depends lacks")

        listing = run(["dpkg-deb", "-c", deb]).stdout.splitlines()
        files = set()
        for line in listing:
            parts = line.split(None, 5)
            if len(parts) < 6:
                continue
            mode, owner, _size, _date, _time, path = parts
            c.check(owner == "root/root", f"{path} is owned by {owner}, not root/root")
            c.check(path.startswith("./usr/"), f"{path} is outside /usr")
            if mode.startswith("-"):
                files.add(path[len("./usr/"):])
                want = "-rwxr-xr-x" if path == "./usr/bin/saywho" else "-rw-r--r--"
                c.check(mode == want, f"{path} has mode {mode}, expected {want}")
        expected = expected_files(args.app_id)
        for f in sorted(expected - files):
            c.check(False, f"package lacks /usr/{f}")
        for f in sorted(files - expected):
            c.check(False, f"package holds unexpected /usr/{f}")

        control = run(["dpkg-deb", "--ctrl-tarfile", deb], text=False)
        c.check(control.returncode == 0 and b"md5sums" in run(["tar", "-t"], input=control.stdout,
                                                               text=False).stdout,
                "control archive has no md5sums")

        # apt resolves the package's dependencies against this system (nothing is installed).
        if shutil.which("apt-get"):
            r = run(["apt-get", "--simulate", "--no-install-recommends", "install", deb])
            c.check(r.returncode == 0 and re.search(r"^Inst saywho ", r.stdout, re.M) is not None,
                    f"apt-get --simulate install of the package failed:\n{r.stdout}\n{r.stderr}")
    return c.finish()


PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def accelerators(text):
    """Keyboard accelerators (&x) in a text; && is a literal ampersand, &amp;-style entities are not."""
    return re.findall(r"(?<!&)&(?!&|[a-zA-Z]+;|#)(\S)", text.replace("&&", ""))


def translation_problems(ts_path):
    """Every message of a .ts file that is not completely and consistently translated."""
    problems = []
    root = ET.parse(ts_path).getroot()
    language = root.get("language", "")
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where} has no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if language.startswith("de") and len(forms) != 2:
                    problems.append(f"{where} has {len(forms)} plural forms, German has 2")
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where} has an empty translation")
                    continue
                if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"{where}: placeholders differ in {form!r}")
                if len(accelerators(form)) != len(accelerators(source)):
                    problems.append(f"{where}: accelerators (&) differ in {form!r}")
                if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                    problems.append(f"{where}: markup differs in {form!r}")
    return problems


def cmd_translations(args):
    c = Checks("translations")
    ts_dir = os.path.join(args.source_dir, "resources/translations")
    ts_files = sorted(f for f in os.listdir(ts_dir) if f.endswith(".ts")) if os.path.isdir(ts_dir) else []
    c.check(any(f.startswith("saywho_de") for f in ts_files), f"no German translation in {ts_dir}")
    sources_list = os.path.join(args.build_dir, "saywho-translation-sources.lst")
    for ts in ts_files:
        path = os.path.join(ts_dir, ts)
        problems = translation_problems(path)
        c.check(not problems, f"{ts} is not complete:\n  " + "\n  ".join(problems))

        # The committed file covers the current sources: lupdate adds nothing unfinished to a copy.
        with tempfile.TemporaryDirectory(prefix="saywho-ts-") as tmp:
            copy = os.path.join(tmp, ts)
            shutil.copyfile(path, copy)
            r = run([args.lupdate, "-locations", "none", "-no-obsolete", "-I", os.path.join(args.source_dir, "app"),
                     "-I", os.path.join(args.source_dir, "ui"), f"@{sources_list}", "-ts", copy])
            if not c.check(r.returncode == 0, f"lupdate failed:\n{r.stdout}\n{r.stderr}"):
                continue
            new = [p for p in translation_problems(copy) if p.endswith(" is unfinished")]
            c.check(not new, f"{ts} lacks strings that are in the sources; run `make translations` and "
                    f"translate them in resources/translations/{ts}:\n  " + "\n  ".join(new))
    return c.finish()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=["install-tree", "validators", "man-page", "deb", "translations"])
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--binary", required=True, help="the saywho program in the build tree")
    parser.add_argument("--version", required=True, help="the project version")
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--cpack", default="cpack")
    parser.add_argument("--config", default="")
    parser.add_argument("--lupdate", default="lupdate")
    args = parser.parse_args()
    commands = {"install-tree": cmd_install_tree, "validators": cmd_validators, "man-page": cmd_man_page,
                "deb": cmd_deb, "translations": cmd_translations}
    return commands[args.check](args)


if __name__ == "__main__":
    sys.exit(main())
