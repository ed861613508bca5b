"""[tool.digestl10n] in pyproject.toml → frozen Settings."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .errors import ConfigError, DigestL10nError
from .languages import Language, parse_language

DEFAULT_NOISE = (r"^打开网易新闻 查看更多图片$",)
# How `#:` references are written: file and line, file only, or none (msgmerge's --add-location).
AddLocation = Literal["full", "file", "never"]
ADD_LOCATION: tuple[AddLocation, ...] = get_args(AddLocation)
# Front matter and metadata-header keys whose values are translated.
DEFAULT_METADATA_KEYS = ("title", "summary", "description")

_KNOWN_KEYS = {
    "source_language",
    "targets",
    "noise",
    "add_location",
    "source_dir",
    "locales_dir",
    "build_dir",
    "width",
    "glossary",
    "variants",
    "checks",
    "min_complete",
    "metadata_keys",
    "memory",
    "templates_dir",
    "site_url",
    "site_title",
}
# What [tool.digestl10n.checks] may set a check to.
CheckLevel = Literal["error", "warning", "off"]
SEVERITIES: tuple[CheckLevel, ...] = get_args(CheckLevel)
# How extract offers a unit found translated in another of the project's catalogs.
MemoryMode = Literal["translated", "fuzzy", "off"]
MEMORY_MODES: tuple[MemoryMode, ...] = get_args(MemoryMode)


@dataclass(frozen=True, slots=True)
class Variant:
    """A target filled by OpenCC from another language's text (the source or a translation)."""

    target: Language
    base: Language
    opencc: str


@dataclass(frozen=True)
class Settings:
    """Everything a digest project configures; defaults fit a new project."""

    source_language: Language | None = None
    targets: tuple[Language, ...] = ()
    noise: tuple[re.Pattern[str], ...] = field(
        default_factory=lambda: tuple(re.compile(p) for p in DEFAULT_NOISE)
    )
    add_location: AddLocation = "full"
    source_dir: str = "source"
    locales_dir: str = "locales"
    build_dir: str = "build"
    width: int = 79
    glossary: str = "glossary.tsv"
    variants: tuple[Variant, ...] = ()
    # Check name → "error" | "warning" | "off"; checks not named keep their default severity.
    checks: Mapping[str, CheckLevel] = field(default_factory=dict)
    metadata_keys: tuple[str, ...] = DEFAULT_METADATA_KEYS
    # Percentage of units a language must have translated for `build` to accept it.
    min_complete: float = 0.0
    memory: MemoryMode = "translated"
    # Whether pyproject.toml names the glossary: then a missing glossary file is an error.
    glossary_named: bool = False
    # Jinja2 templates that replace the bundled ones of the same name, when the folder exists.
    templates_dir: str = "templates"
    # Where build/ is served: feeds and the sitemap need absolute URLs. None: not said yet.
    site_url: str | None = None
    # The site's name in feeds and on the root page; None: the project folder's name.
    site_title: str | None = None

    def variant(self, language: Language) -> Variant | None:
        """How `language` is derived, if it is a variant."""
        return next((v for v in self.variants if v.target.tag == language.tag), None)

    def bases_first(self, languages: tuple[Language, ...]) -> tuple[Language, ...]:
        """`languages` ordered so a variant comes after the target it derives from.

        A variant's base is visited first when it is a target too (translated,
        or itself a variant), so one pass over the result can fill each variant
        from a base already brought up to date; a cycle is cut at any depth.
        """
        ordered: list[Language] = []

        def visit(lang: Language, depth: int = 0) -> None:
            if lang in ordered or depth > len(self.targets):
                return
            variant = self.variant(lang)
            if variant is not None:
                base = next((t for t in self.targets if t.tag == variant.base.tag), None)
                if base is not None:
                    visit(base, depth + 1)
            if lang in languages and lang not in ordered:
                ordered.append(lang)

        for lang in languages:
            visit(lang)
        return tuple(ordered)


def parse_settings(
    text: str, path: str = "pyproject.toml", opencc_configs: Collection[str] | None = None
) -> Settings:
    """Read the [tool.digestl10n] table of a pyproject.toml's text.

    `opencc_configs` are the conversion configurations a variant may name (the
    project core passes the installed OpenCC's); None leaves them unchecked.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"not valid TOML: {exc}", path, int(m.group(1)) if m else None) from None
    table: dict[str, Any] = data.get("tool", {}).get("digestl10n", {})

    def where(key: str, needle: str | None = None) -> int | None:
        return _line_of(text, key, needle)

    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"unknown setting [tool.digestl10n] {unknown[0]!r} "
            f"(known: {', '.join(sorted(_KNOWN_KEYS))})",
            path,
            where(unknown[0]),
        )

    def language(key: str, value: Any) -> Language:
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a language tag string", path, where(key))
        try:
            return parse_language(value)
        except DigestL10nError as exc:
            raise ConfigError(exc.message, path, where(key, value)) from None

    source = table.get("source_language")
    source_language = language("source_language", source) if source is not None else None
    targets_raw = table.get("targets", [])
    if not isinstance(targets_raw, list):
        raise ConfigError("targets: expected a list of language tags", path, where("targets"))
    targets = tuple(language("targets", t) for t in targets_raw)
    seen: set[str] = set()
    for t in targets:
        if t.tag in seen:
            raise ConfigError(f"targets: {t.tag} listed twice", path, where("targets"))
        if source_language and t.tag == source_language.tag:
            raise ConfigError(
                f"targets: {t.tag} is the source language", path, where("targets", t.tag)
            )
        seen.add(t.tag)

    noise_raw = table.get("noise", list(DEFAULT_NOISE))
    if not isinstance(noise_raw, list) or not all(isinstance(p, str) for p in noise_raw):
        raise ConfigError("noise: expected a list of regular expressions", path, where("noise"))
    noise = []
    for p in noise_raw:
        try:
            noise.append(re.compile(p))
        except re.error as exc:
            raise ConfigError(f"noise: bad pattern {p!r}: {exc}", path, where("noise", p)) from None

    keys_raw = table.get("metadata_keys", list(DEFAULT_METADATA_KEYS))
    if not isinstance(keys_raw, list) or not all(
        isinstance(k, str) and re.fullmatch(r"[A-Za-z][\w -]*", k) for k in keys_raw
    ):
        raise ConfigError(
            "metadata_keys: expected a list of key names (letters, digits, _ - and spaces)",
            path,
            where("metadata_keys"),
        )

    add_location = table.get("add_location", "full")
    if add_location not in ADD_LOCATION:
        raise ConfigError(
            f"add_location: expected one of {', '.join(ADD_LOCATION)}, got {add_location!r}",
            path,
            where("add_location"),
        )
    width = table.get("width", 79)
    if not isinstance(width, int) or width < 20:
        raise ConfigError("width: expected a whole number of columns ≥ 20", path, where("width"))
    dirs = {}
    for key, default in (
        ("source_dir", "source"),
        ("locales_dir", "locales"),
        ("build_dir", "build"),
        ("glossary", "glossary.tsv"),
        ("templates_dir", "templates"),
    ):
        value = table.get(key, default)
        if (
            not isinstance(value, str)
            or not value
            or ".." in value.split("/")
            or value.startswith("/")
        ):
            raise ConfigError(f"{key}: expected a path inside the project", path, where(key))
        dirs[key] = value

    variants_raw = table.get("variants", {})
    if not isinstance(variants_raw, dict):
        raise ConfigError(
            "variants: expected a table of language = { base, opencc }", path, where("variants")
        )
    variants = []
    for tag, spec in variants_raw.items():
        target = language("variants", tag)
        if not isinstance(spec, dict) or set(spec) != {"base", "opencc"}:
            raise ConfigError(
                f'variants.{tag}: expected {{ base = "zh-Hans", opencc = "s2twp" }}',
                path,
                where("variants", tag),
            )
        base = language("variants", spec["base"])
        if not isinstance(spec["opencc"], str) or (
            opencc_configs is not None and spec["opencc"] not in opencc_configs
        ):
            raise ConfigError(
                f"variants.{tag}: unknown OpenCC configuration {spec['opencc']!r}"
                f" (known: {', '.join(opencc_configs or ())})",
                path,
                where("variants", tag),
            )
        if target.tag not in {t.tag for t in targets}:
            raise ConfigError(
                f"variants: {target.tag} is not in targets", path, where("variants", tag)
            )
        if base.tag == target.tag:
            raise ConfigError(
                f"variants.{tag}: a language cannot derive from itself",
                path,
                where("variants", tag),
            )
        variants.append(Variant(target, base, spec["opencc"]))

    checks_raw = table.get("checks", {})
    if not isinstance(checks_raw, dict) or not all(
        isinstance(v, str) and v in SEVERITIES for v in checks_raw.values()
    ):
        raise ConfigError(
            f"checks: expected check-name = one of {', '.join(SEVERITIES)}", path, where("checks")
        )
    min_complete = table.get("min_complete", 0)
    if not isinstance(min_complete, int | float) or not 0 <= min_complete <= 100:
        raise ConfigError(
            "min_complete: expected a percentage from 0 to 100", path, where("min_complete")
        )
    site_url = table.get("site_url")
    if site_url is not None and (
        not isinstance(site_url, str) or not re.match(r"^https?://[^/\s]+(/\S*)?$", site_url)
    ):
        raise ConfigError(
            'site_url: expected an absolute http(s) URL such as "https://example.org/digest/"',
            path,
            where("site_url"),
        )
    if site_url is not None and not site_url.endswith("/"):
        site_url += "/"
    site_title = table.get("site_title")
    if site_title is not None and (not isinstance(site_title, str) or not site_title.strip()):
        raise ConfigError("site_title: expected a non-empty string", path, where("site_title"))
    memory = table.get("memory", "translated")
    if memory not in MEMORY_MODES:
        raise ConfigError(
            f"memory: expected one of {', '.join(MEMORY_MODES)}, got {memory!r}",
            path,
            where("memory"),
        )
    return Settings(
        source_language=source_language,
        memory=memory,
        glossary_named="glossary" in table,
        site_url=site_url,
        site_title=site_title,
        targets=targets,
        noise=tuple(noise),
        add_location=add_location,
        width=width,
        variants=tuple(variants),
        checks=dict(checks_raw),
        min_complete=float(min_complete),
        metadata_keys=tuple(k.lower() for k in keys_raw),
        **dirs,
    )


def _line_of(text: str, key: str, needle: str | None = None) -> int | None:
    """The line of `key` (and `needle` after it) inside [tool.digestl10n], for error messages."""
    lines = text.splitlines()
    in_table = False
    key_line = None
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_table = stripped.startswith("[tool.digestl10n")
            if key_line is None and stripped == f"[tool.digestl10n.{key}]":
                key_line = n  # a sub-table: its entries follow the header
                if needle is None:
                    return n
            continue
        if not in_table:
            continue
        if key_line is None and re.match(rf"{re.escape(key)}\s*=", stripped):
            key_line = n
        if key_line is not None and (needle is None or needle in line):
            return n
    return key_line
