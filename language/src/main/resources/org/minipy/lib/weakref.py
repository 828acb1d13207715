"""Weak reference support for Python -- a SHIM in minipy.

minipy has no weak references: every "weak" reference made by this module is a
strong one, so referents are never collected while referenced from here and
callbacks and finalizers never run on their own. ref objects are callables that
return their referent, proxy() returns the object itself, and WeakKeyDictionary,
WeakValueDictionary and WeakSet behave like an ordinary dict or set. Code that only
uses weak references as caches or back-pointers works unchanged.
"""

from collections import abc as _abc

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# builtin types whose instances CPython cannot reference weakly
_NOT_WEAKREFABLE = (int, bool, float, complex, str, bytes, tuple, list, dict, type(None),
                    bytearray)


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ref:
    """A 'weak' reference (a strong one in minipy): calling it returns the referent."""
    __slots__ = ('_referent', '_callback', '_hash')

    def __init__(self, ob, callback=None, /):
        _check(ob)
        self._referent = ob
        self._callback = callback
        self._hash = None

    @property
    def __callback__(self):
        return self._callback

    def __call__(self):
        return self._referent

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._referent != other._referent

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        obj = self._referent
        name = getattr(obj, '__name__', None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(obj).__name__, id(obj), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType = ref


class WeakMethod(ref):
    """
    A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """
    __slots__ = ('_func_ref', '_meth_type')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        ref.__init__(self, obj, callback)
        self._func_ref = func
        self._meth_type = type(meth)

    def __call__(self):
        return self._meth_type(self._func_ref, self._referent)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._referent is other._referent and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not (self._referent is other._referent and self._func_ref == other._func_ref)
        return NotImplemented

    def __hash__(self):
        return hash((id(self._referent), self._func_ref))


def proxy(obj, callback=None, /):
    """In minipy a proxy is the object itself."""
    _check(obj)
    return obj


class ProxyType:
    """Placeholder: minipy's proxies are the objects themselves."""


class CallableProxyType:
    """Placeholder: minipy's proxies are the objects themselves."""


ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(object, /):
    """Return the number of weak references to 'object' (always 0 in minipy)."""
    return 0


def getweakrefs(object, /):
    """Return a list of all weak reference objects pointing to 'object' (always empty in minipy)."""
    return []


class _DictShim(_abc.MutableMapping):
    """A mapping backed by a plain dict."""

    def __init__(self, other=None, /, **kwargs):
        self.data = {}
        if other is not None:
            self.update(other)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def copy(self):
        new = type(self)()
        new.data = self.data.copy()
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.data.items():
            new[deepcopy(key, memo)] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _abc.Mapping):
            c = type(self)()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_DictShim):
    """Mapping class that references values weakly (strongly in minipy)."""

    def itervaluerefs(self):
        for value in self.data.values():
            yield ref(value)

    def valuerefs(self):
        return [ref(value) for value in self.data.values()]


class WeakKeyDictionary(_DictShim):
    """ Mapping class that references keys weakly (strongly in minipy)."""

    def keyrefs(self):
        return [ref(key) for key in self.data]


class WeakSet(_abc.MutableSet):
    """A set of 'weakly' referenced objects (strongly in minipy)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.data.add(item)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for element in other:
            self.add(element)

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class finalize:
    """Class for finalization of weakrefable objects.

    In minipy objects are never reported dead, so a finalizer only runs when it is
    called explicitly.
    """
    __slots__ = ('_obj', '_func', '_args', '_kwargs', '_alive', 'atexit')

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self._alive = True
        self.atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        if self._alive:
            self._alive = False
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        if self._alive:
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._alive

    def __repr__(self):
        if self._alive:
            return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                        type(self._obj).__name__, id(self._obj))
        return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
