#!/usr/bin/env bash
# The package as users install it. Builds the sdist and the wheel, then, each time in a fresh virtual
# environment outside the source tree: installs the wheel with its test extra and runs the test suite of
# the unpacked sdist against it (the sdist ships everything the tests read, so nothing is skipped)
#   - on every Python from the lowest supported to the newest classified one that .ci/pythons.py finds,
#   - and once more on the lowest Python with the lowest dependency versions pyproject.toml allows,
#     checked first to exist and not to be yanked (.ci/lowest_versions.py).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

python -m build --outdir "${work}/dist" . >/dev/null
wheel=$(echo "${work}"/dist/*.whl)
tar -xzf "${work}"/dist/*.tar.gz -C "${work}"
suite=$(echo "${work}"/datong2020-*/)

mapfile -t pythons < <(python .ci/pythons.py)

# run_suite NAME PYTHON [pip arguments…]: a fresh venv, the wheel and the test extra, the sdist's suite.
run_suite() {
    local name=$1 python=$2
    shift 2
    local venv="${work}/venv-${name}"
    echo "+ test suite against the installed wheel: ${name} ($("${python}" --version))"
    "${python}" -m venv "${venv}"
    "${venv}/bin/python" -m pip install --quiet --upgrade pip
    "${venv}/bin/python" -m pip install --quiet "$@" "${wheel}[test]"
    # From the sdist's directory, `import datong2020` must still find the wheel (the sdist keeps its
    # package under src/), or this run would test the source tree instead of the install.
    (
        cd "${suite}"
        "${venv}/bin/python" -c "
import datong2020, sys
where = datong2020.__file__
assert where.startswith(sys.prefix), f'datong2020 imported from {where}, not from the installed wheel'
print(f'datong2020 {datong2020.__version__} from {where}')"
        "${venv}/bin/python" -m pytest -q -p no:cacheprovider
    )
}

for python in "${pythons[@]}"; do
    run_suite "$(basename "${python}")" "${python}"
done

echo "+ lowest versions of the dependencies"
python .ci/lowest_versions.py constraints "${work}/lowest.txt"
cat "${work}/lowest.txt"
"${pythons[0]}" -m venv "${work}/venv-resolve"
"${work}/venv-resolve/bin/python" -m pip install --quiet --upgrade pip
"${work}/venv-resolve/bin/python" -m pip install --quiet --dry-run --ignore-installed \
    --constraint "${work}/lowest.txt" --report "${work}/lowest-report.json" "${wheel}"
python .ci/lowest_versions.py check "${work}/lowest-report.json"
run_suite "lowest-dependencies" "${pythons[0]}" --constraint "${work}/lowest.txt"
