"""Data classes (minipy implementation).

The generated methods are plain functions working from the field list (no code is
generated with exec); they behave like the generated ones of CPython, including the
error messages of __init__.
"""

import sys
import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# ---------------------------------------------------------------- annotations

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is getattr(typing, '_GenericAlias', None)
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(s):
    """For a string annotation "[module.]name...": (module or None, name), or None."""
    n = len(s)

    def skip_space(i):
        while i < n and s[i].isspace():
            i += 1
        return i

    def word_end(i):
        while i < n and (s[i].isalnum() or s[i] == '_'):
            i += 1
        return i

    i1 = skip_space(0)
    j1 = word_end(i1)
    if j1 == i1:
        return None
    k = skip_space(j1)
    if k < n and s[k] == '.':
        i2 = skip_space(k + 1)
        j2 = word_end(i2)
        if j2 > i2:
            return s[i1:j1], s[i2:j2]
    return None, s[i1:j1]


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether a string annotation names a_type, as seen from the module of the class:
    "ClassVar[int]" when the module did "from typing import ClassVar", or
    "typing.ClassVar[int]" when it did "import typing"."""
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    module = sys.modules.get(cls.__module__)
    ns = None
    if not module_name:
        ns = module.__dict__ if module is not None else None
    elif module is not None and module.__dict__.get(module_name) is a_module:
        ns = module.__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, type(_get_field.__get__(1))):
            # a method object cannot be a default; keep the descriptor semantics simple
            pass
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None and getattr(typing, 'ClassVar', None) is not None:
        if (_is_classvar(a_type, typing) or
                (isinstance(f.type, str) and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses) or
                (isinstance(f.type, str) and _is_type(f.type, cls, dataclasses, InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, type(list[int])):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, std_fields, kw_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_doc(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(_param_doc(f))
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _param_doc(f):
    text = f.name
    if f.type is not MISSING:
        text += ': ' + _format_annotation(f.type)
        sep = ' = '
    else:
        sep = '='
    if f.default is not MISSING:
        text += sep + repr(f.default)
    elif f.default_factory is not MISSING:
        text += sep + '<factory>'
    return text


# ---------------------------------------------------------------- argument binding

def _quoted(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _bind(qualname, pos_names, pos_defaults, kw_names, kw_defaults, args, kwargs):
    """Bind args/kwargs like a call of def f(self, *pos_names, *, kw_names) does, with the
    same error messages. Missing values with a default get _MISSING_ARG (the caller fills
    them). Returns the list of values in order pos_names + kw_names."""
    npos = len(pos_names)
    values = list(args[:npos])
    if len(values) < npos:
        values.extend([_NOT_GIVEN] * (npos - len(values)))
    values.extend([_NOT_GIVEN] * len(kw_names))
    all_names = pos_names + kw_names
    kw_given = 0
    if kwargs:
        for key, value in kwargs.items():
            try:
                i = all_names.index(key)
            except ValueError:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key)) from None
            if values[i] is not _NOT_GIVEN:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = value
            if i >= npos:
                kw_given += 1
    given = len(args)
    if given > npos:
        ndef = len(pos_defaults)
        if ndef:
            sig = 'from %d to %d' % (npos + 1 - ndef, npos + 1)
        else:
            sig = '%d' % (npos + 1)
        plural = 's' if ndef or npos + 1 != 1 else ''
        if kw_given:
            raise TypeError('%s() takes %s positional argument%s but %d positional argument%s '
                            '(and %d keyword-only argument%s) were given'
                            % (qualname, sig, plural, given + 1, '' if given + 1 == 1 else 's',
                               kw_given, '' if kw_given == 1 else 's'))
        raise TypeError('%s() takes %s positional argument%s but %d were given'
                        % (qualname, sig, plural, given + 1))
    missing = []
    first_default = npos - len(pos_defaults)
    for i in range(npos):
        if values[i] is _NOT_GIVEN:
            if i >= first_default:
                values[i] = pos_defaults[i - first_default]
            else:
                missing.append(pos_names[i])
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _quoted(missing)))
    for j in range(len(kw_names)):
        i = npos + j
        if values[i] is _NOT_GIVEN:
            d = kw_defaults[j]
            if d is _NOT_GIVEN:
                missing.append(kw_names[j])
            else:
                values[i] = d
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _quoted(missing)))
    return values


class _NotGiven:
    def __repr__(self):
        return '<not given>'


_NOT_GIVEN = _NotGiven()


class _FactoryDefault:
    """Marks a parameter whose default comes from a default_factory."""
    __slots__ = ('factory',)

    def __init__(self, factory):
        self.factory = factory


def _make_init(cls, fields, std_fields, kw_fields, frozen, has_post_init, self_name):
    qualname = cls.__qualname__ + '.__init__'
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]

    def default_of(f):
        if f.default is not MISSING:
            return f.default
        if f.default_factory is not MISSING:
            return _FactoryDefault(f.default_factory)
        return _NOT_GIVEN

    pos_defaults = []
    seen_default = False
    for f in std_fields:
        d = default_of(f)
        if d is _NOT_GIVEN:
            if seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        else:
            seen_default = True
            pos_defaults.append(d)
    kw_defaults = [default_of(f) for f in kw_fields]
    init_names = pos_names + kw_names
    nstd = len(pos_names)
    simple = not kw_names

    # what __init__ does after binding: (name, index of the argument or -1, field)
    actions = []
    for f in fields:
        if f._field_type is _FIELD:
            if f.init:
                actions.append((f.name, init_names.index(f.name), None))
            elif f.default_factory is not MISSING:
                actions.append((f.name, -1, _FactoryDefault(f.default_factory)))
            elif f.default is not MISSING:
                actions.append((f.name, -1, f.default))
    initvar_indexes = [init_names.index(f.name) for f in fields
                       if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__ if frozen else setattr
    pos_defaults = tuple(pos_defaults)
    pos_names = tuple(pos_names)
    kw_names = tuple(kw_names)

    def __init__(self, *args, **kwargs):
        if simple and not kwargs and len(args) == nstd:
            values = args
        else:
            values = _bind(qualname, pos_names, pos_defaults, kw_names, kw_defaults, args, kwargs)
        for name, index, extra in actions:
            if index >= 0:
                value = values[index]
            else:
                value = extra
            if type(value) is _FactoryDefault:
                value = value.factory()
            setter(self, name, value)
        if has_post_init:
            post = [values[i] for i in initvar_indexes]
            for i in range(len(post)):
                if type(post[i]) is _FactoryDefault:
                    post[i] = post[i].factory()
            self.__post_init__(*post)

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]
    qualname = cls.__qualname__ + '.__repr__'

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))

    __repr__.__qualname__ = qualname
    return __repr__


def _make_compare(cls, name, op, compare_fields):
    names = [f.name for f in compare_fields]

    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def method(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


def _make_hash(cls, hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen_methods(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_field_list(fields):
    return [f for f in fields if (f.compare if f.hash is None else f.hash)]


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        dataclasses = sys.modules[__name__]
        if (_is_kw_only(a_type, dataclasses) or
                (isinstance(a_type, str) and _is_type(a_type, cls, dataclasses, KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                      frozen, has_post_init, '__dataclass_self__' if 'self' in fields else 'self'))

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare(cls, '__eq__', '==', [f for f in field_list if f.compare]))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _make_compare(cls, name, op, flds)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        setattr_fn, delattr_fn = _make_frozen_methods(cls, field_list)
        for name, fn in (('__setattr__', setattr_fn), ('__delattr__', delattr_fn)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    # __hash__: see the table in CPython's documentation of dataclass()
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(cls, _hash_field_list(field_list))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, _hash_field_list(field_list))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            doc = _signature_doc(cls, std_init_fields, kw_only_init_fields)
        except (TypeError, ValueError):
            doc = ''
        try:
            cls.__doc__ = doc
        except AttributeError:
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for s in base.__dict__.get('__slots__', ()):
            inherited.add(s)
    slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        names = field_names

        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = __getstate__
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = __setstate__
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.
    """
    import keyword
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # CPython 3.11 creates the class with types.new_class(), which leaves 'types' as its module
    ns['__module__'] = 'types'
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with '
                                 'replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
