"""A collection of string constants (minipy implementation).

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_NO_MAPPING = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None   # re.IGNORECASE when the re module compiles a custom pattern

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern is not None or cls.flags is not None)
        if custom:
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{id})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            cls.pattern = re.compile(pattern, flags | re.VERBOSE)
            cls._custom_pattern = True
        else:
            cls._custom_pattern = False

    _custom_pattern = False

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for every delimiter expression of the template,
        kind being 'escaped', 'named', 'braced' or 'invalid' (for 'invalid', end is the
        position just after the delimiter)."""
        if self._custom_pattern:
            return self._scan_re()
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        result = []
        pos = 0
        while True:
            i = s.find(delim, pos)
            if i < 0:
                break
            j = i + dl
            if s.startswith(delim, j):
                result.append((i, j + dl, 'escaped', None))
                pos = j + dl
                continue
            if j < n and s[j] in _ID_START:
                k = j + 1
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                result.append((i, k, 'named', s[j:k]))
                pos = k
                continue
            if j + 1 < n and s[j] == '{' and s[j + 1] in _ID_START:
                k = j + 2
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                if k < n and s[k] == '}':
                    result.append((i, k + 1, 'braced', s[j + 1:k]))
                    pos = k + 1
                    continue
            result.append((i, j, 'invalid', None))
            pos = j if j > i else i + 1
        return result

    def _scan_re(self):
        result = []
        for mo in self.pattern.finditer(self.template):
            gd = mo.groupdict()
            if gd.get('named') is not None:
                result.append((mo.start(), mo.end(), 'named', gd['named']))
            elif gd.get('braced') is not None:
                result.append((mo.start(), mo.end(), 'braced', gd['braced']))
            elif gd.get('escaped') is not None:
                result.append((mo.start(), mo.end(), 'escaped', None))
            elif gd.get('invalid') is not None:
                result.append((mo.start(), mo.start('invalid'), 'invalid', None))
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return result

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        s = self.template
        parts = []
        pos = 0
        for start, end, kind, name in self._scan():
            parts.append(s[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                parts.append('%s' % (mapping[name],))
            pos = end
        parts.append(s[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        s = self.template
        parts = []
        pos = 0
        for start, end, kind, name in self._scan():
            parts.append(s[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(s[start:end])
            else:
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(s[start:end])
            pos = end
        parts.append(s[pos:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """Customizable string formatting, like str.format()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    n = len(s)
    pos = 0
    while pos < n:
        # literal text up to a brace
        start = pos
        c = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            c = None
        if c is None:
            yield (s[start:pos], None, None, None)
            return
        at_end = pos >= n
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[pos] == c:
            # a doubled brace: literal text ending with one brace
            pos += 1
            yield (s[start:pos - 1], None, None, None)
            continue
        literal = s[start:pos - 1]
        # the field name ends at ':', '!' or '}' (brackets may contain anything but ']')
        name_start = pos
        c = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                c = None
                continue
            if c == '}' or c == ':' or c == '!':
                break
            c = None
        field_name = s[name_start:pos - 1] if c is not None else s[name_start:pos]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield (literal, field_name, '', conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth != 0:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, field_name, spec, conversion)


def _field_name_split(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
