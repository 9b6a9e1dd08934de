"""The report's unit registry, and the strict readers that stand in front of it.

``ureg`` is a pint registry built from ``units.txt`` alone (see that file for the conventions: 万 and
亿 as prefixes, currency and counts as dimensions, percentage points apart from percent). pint's own
string parser drops characters it does not understand ("亿元," reads as 亿元), so every unit string
from outside goes through :func:`parse_unit`, which refuses anything it cannot account for.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from importlib.resources import files
from typing import Any, Final, NoReturn, TypeAlias, cast

import pint
from pint.converters import Converter
from pint.facets.plain import PlainUnit, PrefixDefinition, UnitDefinition
from pint.registry import GenericUnitRegistry
from pint.util import UnitsContainer

from .errors import DimensionError, FrozenQuantityError, UnitError

__all__ = [
    "FULL_WIDTH",
    "MAGNITUDE_WORDS",
    "MAX_UNIT_LENGTH",
    "Magnitude",
    "Quantity",
    "Registry",
    "ReportQuantity",
    "ReportUnit",
    "Unit",
    "dimensionality_of",
    "parse_unit",
    "quantity_json",
    "require_dimension",
    "unit_or_none",
    "unit_symbol",
    "ureg",
    "written_decimal",
]


def _refuse_in_place(self: object, *_: object, **__: object) -> NoReturn:
    raise FrozenQuantityError(
        "quantities of the report's registry are values and cannot be changed in place; "
        "use .to(…), .to_base_units() or an ordinary operator, which return a new quantity"
    )


Magnitude: TypeAlias = int | float
"""The type of every magnitude here: the report writes integers and decimals, and nothing else."""


class ReportQuantity(pint.Quantity[Magnitude]):
    """A quantity of the report's registry: a value that nobody can change in place, and that pickles.

    Records share their quantities with every caller, so the in-place conversions (``ito`` and its
    kin) raise :class:`~datong2020.errors.FrozenQuantityError`; the augmented operators (``+=`` …)
    rebind the name to a new quantity, as they do for ``int``. Magnitudes are the report's ints and
    floats, themselves immutable. Pickling goes through :func:`_rebuild_quantity`, which resolves the
    unit in this library's registry (pint's own pickling looks in its application registry, which does
    not know 亿元).
    """

    ito = _refuse_in_place
    ito_base_units = _refuse_in_place
    ito_reduced_units = _refuse_in_place
    ito_root_units = _refuse_in_place
    ito_preferred = _refuse_in_place
    ito_unprefixed = _refuse_in_place

    def __iadd__(self, other: Any) -> Any:
        return self + other

    def __isub__(self, other: Any) -> Any:
        return self - other

    def __imul__(self, other: Any) -> Any:
        return self * other

    def __itruediv__(self, other: Any) -> Any:
        return self / other

    # pint changes the magnitude in place here even for plain numbers; pint's own signatures for the
    # binary operators are narrower than "any", hence the ignores.
    def __ifloordiv__(self, other: Any) -> Any:  # type: ignore[misc]
        return self // other

    def __imod__(self, other: Any) -> Any:  # type: ignore[misc]
        return self % other

    def __ipow__(self, other: Any) -> Any:  # type: ignore[misc]
        return self**other

    def __reduce__(self) -> Any:
        return _rebuild_quantity, (self.magnitude, unit_symbol(self.units))


class ReportUnit(pint.Unit):
    """A unit of the report's registry; pickles by its symbol (see :class:`ReportQuantity`)."""

    def __reduce__(self) -> Any:
        return _rebuild_unit, (unit_symbol(self),)


class _ReportRegistry(GenericUnitRegistry[ReportQuantity, ReportUnit]):
    Quantity: TypeAlias = ReportQuantity
    Unit: TypeAlias = ReportUnit


Quantity: TypeAlias = ReportQuantity
"""The type of every quantity here (magnitudes are the report's ints and floats)."""
Unit: TypeAlias = ReportUnit
Registry: TypeAlias = _ReportRegistry


# The shapes of line units.txt writes, read here without pint's general definition parser (flexparser
# and Python's tokenizer), which costs more than the rest of building the registry: `name- = number` (a
# prefix) and `name = value [= symbol | _] [= alias …]` where the value is numbers and names (a name
# raised to an integer power) joined by * and /, or one [dimension]. A file with any other line is read
# by pint's own parser, whole; tests/test_units.py checks that both readings define the same registry.
_TERM: Final = re.compile(
    r"\s*(?:(?P<number>[0-9]+(?:\.[0-9]+)?(?:e[0-9]+)?)"
    r"|(?P<name>[^\W\d]\w*)(?:\s*\*\*\s*(?P<power>[1-9]))?|(?P<dimension>\[[a-z_]+\]))\s*"
)
_OPERATOR: Final = re.compile(r"[*/](?!\*)")


def _value(text: str) -> tuple[int | float, dict[str, int]] | None:
    """A definition's value as pint reads it, a scale and the units it multiplies, or None for a value
    outside the shapes above. Numbers combine left to right, as pint evaluates them (10000 / 15 is
    666.66…, 1e4 a float, 1000 an int), so every scale has the type pint would give it."""
    scale: int | float = 1
    units: dict[str, int] = {}
    position, sign = 0, 1
    while True:
        term = _TERM.match(text, position)
        if term is None:
            return None
        if term["number"] is not None:
            written = term["number"]
            number = float(written) if "." in written or "e" in written else int(written)
            scale = scale * number if sign == 1 else scale / number
        elif sign == 1:  # pint gives 1 / name a float scale: not a shape of units.txt, left to pint
            name = term["name"] or term["dimension"]
            units[name] = units.get(name, 0) + int(term["power"] or 1)
        else:
            return None
        position = term.end()
        if position == len(text):
            return scale, units
        operator = _OPERATOR.match(text, position)
        if operator is None:
            return None
        position, sign = operator.end(), 1 if operator.group() == "*" else -1


def _definition(line: str) -> PrefixDefinition | UnitDefinition | None:
    """The pint definition one line of units.txt writes, or None for a line outside the shapes above."""
    name, value, *names = (part.strip() for part in line.split("="))
    read = _value(value)
    if read is None or name.startswith("["):
        return None
    scale, units = read
    symbol: str | None = None
    if names:
        if names[0] == "_":
            names = names[1:]
        else:
            symbol, *names = names
    aliases = tuple(alias for alias in names if alias not in ("", "_"))
    if name.endswith("-"):
        if units:
            return None
        # pint annotates the value as numbers.Number, which mypy does not take int and float for.
        return PrefixDefinition(name.rstrip("-"), scale, symbol and symbol.rstrip("-"),  # type: ignore[arg-type]
                                tuple(alias.rstrip("-") for alias in aliases))  # fmt: skip
    dimensions = [unit for unit in units if unit.startswith("[")]
    if dimensions and (len(units) != 1 or scale != 1):
        return None
    return UnitDefinition(name, symbol, aliases, Converter.from_arguments(scale=scale), UnitsContainer(units))


def _definitions(lines: list[str]) -> list[PrefixDefinition | UnitDefinition] | None:
    """Every definition of units.txt, or None where a line is outside the shapes this module reads."""
    definitions = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "#" in line or "=" not in line or line.startswith("@"):
            return None
        definition = _definition(line)
        if definition is None:
            return None
        definitions.append(definition)
    return definitions


def _build_registry(lines: list[str] | None = None, *, fast: bool = True) -> Registry:
    registry = _ReportRegistry(
        filename=None,
        cache_folder=None,
        on_redefinition="raise",
        autoconvert_offset_to_baseunit=False,
    )
    if lines is None:
        lines = files("datong2020").joinpath("units.txt").read_text(encoding="utf-8").splitlines()
    definitions = _definitions(lines) if fast else None
    if definitions is None:
        registry.load_definitions(lines)
    else:
        for definition in definitions:
            # pint annotates define() as taking a string; it takes a definition object too (its docstring).
            registry.define(definition)  # type: ignore[arg-type]
    # "~" prints symbols, and our symbols are the report's own: 1318.8 亿元, 6.7 %.
    registry.formatter.default_format = "~"
    return registry


ureg: Final[Registry] = _build_registry()


def _rebuild_quantity(magnitude: Any, unit: str) -> Quantity:
    return ureg.Quantity(magnitude, parse_unit(unit))


def _rebuild_unit(unit: str) -> Unit:
    return parse_unit(unit)


FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
"""The full-width digits, point and percent sign as their ASCII twins, which the readers read: one
character for one, so positions in the translated text are positions in what the caller wrote."""

MAGNITUDE_WORDS: Final = ("万", "亿")
"""万 and 亿 are prefixes (万吨, 亿元) and, alone, dimensionless units: "近百亿" is 100 亿."""

_UNIT_NAME: Final = re.compile(r"[^\W\d_]+|%")
MAX_UNIT_LENGTH: Final = 40
"""The longest unit string :func:`parse_unit` reads; the report's longest, 平方米/人, has 5 characters."""


@functools.cache
def _known_unit_names() -> tuple[str, ...]:
    names = set(ureg._units)  # pint exposes no public list of defined names
    prefixed = {prefix + name for prefix in MAGNITUDE_WORDS for name in names if name not in MAGNITUDE_WORDS}
    return tuple(sorted(names | prefixed))


def _named_unit(name: str, position: int, whole: str, *, suggest: bool) -> Unit:
    if name == "dimensionless":
        return ureg.Unit(UnitsContainer())
    # 万万 would read as 万 x 万: a magnitude word is a unit only by itself, never behind a prefix.
    candidates = [c for c in ureg.parse_unit_name(name) if not (c[0] and c[1] in MAGNITUDE_WORDS)]
    if not candidates:
        near: list[str] = []
        if suggest:
            import difflib  # here: only a message needs it, and building the report writes none

            near = difflib.get_close_matches(name, _known_unit_names(), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise UnitError(f"unknown unit {name!r} at position {position} in {whole!r}{hint}")
    # The name is known to be one unit: build it from its canonical name (get_name defines a prefixed
    # one such as 万吨 on first use) rather than have pint parse the string as an expression again.
    return ureg.Unit(UnitsContainer({ureg.get_name(name): 1}))


def _unexpected(text: str, position: int) -> UnitError:
    if position >= len(text):
        return UnitError(f"a unit name is missing at the end of {text!r}")
    return UnitError(f"unexpected character {text[position]!r} at position {position} in unit {text!r}")


def _read_unit(text: str, *, suggest: bool) -> Unit:
    if not isinstance(text, str):
        raise UnitError(f"a unit is a string, not {type(text).__name__}")
    if not text:
        raise UnitError("empty unit string; use 'dimensionless' for a pure number")
    if len(text) > MAX_UNIT_LENGTH:
        raise UnitError(f"a unit string of {len(text)} characters; at most {MAX_UNIT_LENGTH} are read")
    text = text.translate(FULL_WIDTH)  # the context documents write the full-width ％
    numerator = _UNIT_NAME.match(text)
    if numerator is None:
        raise _unexpected(text, 0)
    unit = _named_unit(numerator.group(), 0, text, suggest=suggest)
    if numerator.end() == len(text):
        return unit
    if text[numerator.end()] != "/":
        raise _unexpected(text, numerator.end())
    denominator = _UNIT_NAME.match(text, numerator.end() + 1)
    if denominator is None:
        raise _unexpected(text, numerator.end() + 1)
    if denominator.end() != len(text):
        raise _unexpected(text, denominator.end())
    per = _named_unit(denominator.group(), denominator.start(), text, suggest=suggest)
    if (
        "dimensionless" in (numerator.group(), denominator.group())
        or unit.dimensionality == per.dimensionality
    ):
        raise UnitError(f"{text!r} divides by dimensionless or by a unit of its own dimension")
    return unit / per  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=512)
def parse_unit(text: str) -> Unit:
    """Read a unit string strictly, in the report's own shapes: a unit (亿元, %, 万人次), a unit per a
    unit (平方米/人), or ``dimensionless``.

    Nothing else is accepted: no white space, parentheses, products or exponents, so no arithmetic
    reaches pint and reading takes time linear in the string. Errors are :class:`UnitError`, naming
    the position and, for an unknown name, the nearest known ones. Units read are cached (at most 512
    strings of at most :data:`MAX_UNIT_LENGTH` characters; refusals are not cached), because every
    record reads its unit when it is built.
    """
    return _read_unit(text, suggest=True)


@functools.lru_cache(maxsize=512)
def unit_or_none(text: str) -> Unit | None:
    """The unit ``text`` writes, read as :func:`parse_unit` reads it, or None where it is not a unit
    ("大" in "12大", "连冠" in "七连冠"). For callers that expect refusals: no suggestions are computed,
    and refusals are cached too (at most 512 strings)."""
    try:
        return _read_unit(text, suggest=False)
    except UnitError:
        return None


@functools.lru_cache(maxsize=512)
def unit_symbol(unit: PlainUnit) -> str:
    """The unit as a compact string that :func:`parse_unit` reads back: 亿元, %, 平方米/人.

    Cached (at most 512 units): pint's formatter is the slow part of writing a quantity out."""
    if unit.dimensionless and not unit._units:  # an empty UnitsContainer is "no unit"
        return "dimensionless"
    return f"{unit:~C}"


def quantity_json(quantity: Quantity) -> dict[str, Magnitude | str]:
    """A quantity as the JSON outputs write it: ``{"magnitude": 1318.8, "unit": "亿元"}``, the unit a
    string :func:`parse_unit` reads back."""
    return {"magnitude": quantity.magnitude, "unit": unit_symbol(quantity.units)}


def written_decimal(number: float | int) -> Decimal:
    """A magnitude as the decimal the report wrote: through repr, so 1318.8 is 1318.8 and not its binary
    neighbour, and 6.0 keeps its written zero."""
    return Decimal(repr(number))


_DIMENSION: Final = re.compile(r"\[(?P<name>[a-z_]+)\](?:\s*\*\*\s*(?P<power>[1-3]))?")


def dimensionality_of(dimension: str) -> UnitsContainer:
    """The pint dimensionality of ``"[currency]"``, ``"[length] ** 2"``, ``"dimensionless"`` …

    Only those shapes are read (a dimension, raised to at most the third power), so no arithmetic
    reaches pint. An unknown or malformed dimension is a :class:`DimensionError` that names the ones
    the registry knows. Dimensions read are cached (there are a few dozen shapes).
    """
    if not isinstance(dimension, str):
        return _dimensionality(dimension)  # refused there, uncached: it need not be hashable
    return _cached_dimensionality(dimension)


@functools.lru_cache(maxsize=128)
def _cached_dimensionality(dimension: str) -> UnitsContainer:
    return _dimensionality(dimension)


def _dimensionality(dimension: str) -> UnitsContainer:
    if dimension == "dimensionless":
        return ureg.dimensionless.dimensionality
    known = sorted(name for name in ureg._dimensions if name.startswith("["))  # no public accessor
    match = _DIMENSION.fullmatch(dimension) if isinstance(dimension, str) else None
    if match is None or f"[{match.group('name')}]" not in known:
        shown = repr(dimension)[:60] if isinstance(dimension, str) else type(dimension).__name__
        import difflib  # here: only a message needs it, and building the report writes none

        near = difflib.get_close_matches(dimension, known, n=3, cutoff=0.5) if match else []
        hint = f"did you mean {', '.join(near)}? " if near else ""
        raise DimensionError(
            f"unknown dimension {shown}; {hint}known: {', '.join(known)}, each optionally '** 2' or '** 3'"
        )
    # pint types a container's power as Any; it is a container.
    return cast(
        UnitsContainer, ureg.get_dimensionality(f"[{match.group('name')}]") ** int(match.group("power") or 1)
    )


def require_dimension(quantity: Quantity, dimension: str, what: str) -> Quantity:
    """Return ``quantity`` if it has ``dimension`` (``"[currency]"``, ``"[count]"``, ``"dimensionless"``),
    else raise a :class:`DimensionError` that says what was expected."""
    expected = dimensionality_of(dimension)
    if quantity.dimensionality != expected:
        raise DimensionError(
            f"{what}: expected a quantity of dimension {dimension}, "
            f"got {quantity:~} of dimension {quantity.dimensionality}"
        )
    return quantity
