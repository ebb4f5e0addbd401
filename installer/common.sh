# Shared by the installer scripts: the Debian packages ejournal needs, installing them
# (through sudo when not root; nothing is asked when they are all there) and building.
# Sourced, not run.

EJ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EJ_BUILD="${EJ_BUILD_DIR:-$EJ_ROOT/build}"

# Build tools, Qt 6.4 (Widgets, Network, Sql with the PostgreSQL driver, PrintSupport, Test,
# Linguist tools, Charts for report charts), libsodium (Argon2id), OpenSSL (certificate
# generation), libxlsxwriter (reports exported to Excel), PostgreSQL 15 (the embedded
# database), fonts with Cyrillic for the client and printing.
EJ_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-psql libgl-dev libsodium-dev libssl-dev qt6-charts-dev libxlsxwriter-dev
  postgresql postgresql-contrib
  fonts-dejavu-core
)
# What the tests need on top: screenshots under a virtual X server, PDF pages to PNG and
# text, FET (fet-cl) to compute real timetables for the import tests, dpkg-shlibdeps and file
# for building the Debian packages (tst_packages), LibreOffice Calc (headless) to read exported
# XLSX reports back (tst_client_reportexport).
EJ_TEST_PACKAGES=(xvfb xauth poppler-utils fet dpkg-dev file libreoffice-calc-nogui)

ej_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ej_install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing Debian packages: ${missing[*]}"
  ej_as_root apt-get update -qq
  ej_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ej_build() {
  echo "== building in $EJ_BUILD"
  cmake -S "$EJ_ROOT" -B "$EJ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$EJ_BUILD" --parallel "$(nproc)"
}
