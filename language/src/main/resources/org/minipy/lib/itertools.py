"""Functional tools for creating and using iterators (minipy implementation).

Every tool is a class whose instances are iterators.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MARKER = object()


def _as_index(value, what='integer'):
    if type(value) is int:
        return value
    meth = getattr(type(value), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return meth(value)


def _positional(name, n, args, kwargs):
    """The n arguments of a tool that takes exactly n positional arguments."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d' % (name, n, '' if n == 1 else 's', len(args)))
    return args


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        r = self._cnt
        self._cnt = r + self._step
        return r

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, *args, **kwargs):
        iterable, = _positional('cycle', 1, args, kwargs)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._firstpass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        if i >= len(saved):
            i = 0
        self._index = i
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """
    __slots__ = ('_element', '_cnt')

    def __init__(self, object, times=_MARKER):
        self._element = object
        if times is _MARKER:
            self._cnt = -1
        else:
            n = _as_index(times)
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MARKER
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _MARKER:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                active = self._active = iter(nxt)
            for item in active:
                return item
            self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements.
    """
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            d = next(data)
            s = next(selectors)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', 2, args, kwargs)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            pred = self._pred
            for item in self._it:
                if not pred(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_pred', '_it', '_stopped')

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', 2, args, kwargs)
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """
    __slots__ = ('_pred', '_it')

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('filterfalse', 2, args, kwargs)
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        if pred is None:
            for item in self._it:
                if not item:
                    return item
        else:
            for item in self._it:
                if not pred(item):
                    return item
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.
    """
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            currkey = self._currkey
            if currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARKER:
            gb._step()
        tgtkey = self._tgtkey
        currkey = gb._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _MARKER
        gb._currkey = _MARKER
        return r


_ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_INDICES = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def _islice_arg(value):
    """An ssize_t value for an islice argument, or -1 if it is not usable."""
    if type(value) is not int:
        if getattr(type(value), '__index__', None) is None:
            return -1
        try:
            value = value.__index__()
        except Exception:
            return -1
        if not isinstance(value, int):
            return -1
    if value > _sys.maxsize or value < -_sys.maxsize - 1:
        return -1
    return value


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator.
    """
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        start = 0
        stop = -1
        step = 1
        if n == 2:
            a = args[1]
            if a is not None:
                stop = _islice_arg(a)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            a = args[1]
            if a is not None:
                start = _islice_arg(a)
            a = args[2]
            if a is not None:
                stop = _islice_arg(a)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        if start < 0 or stop < -1:
            raise ValueError(_ISLICE_INDICES)
        if n == 4:
            a = args[3]
            if a is not None:
                step = _islice_arg(a)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', 2, args, kwargs)
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, iterable, /):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = link.next
            if nxt is None:
                nxt = _tee_link()
                nxt.value = value
                link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    result = [it]
    for i in range(1, n):
        result.append(copy())
    return tuple(result)


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, **kwargs):
        fill = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = kwargs['fillvalue']
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...
    """
    __slots__ = ('_pools', '_indices', '_result', '_done')

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for k in kwargs:
            if k != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = _as_index(kwargs[k])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        pools = [tuple(x) for x in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._result = None
        self._done = False
        for p in pools:
            if not p:
                self._done = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        indices = self._indices
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._done = True
        raise StopIteration


def _check_r(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """
    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r)
        self._indices = None
        self._done = self._r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            indices = self._indices = list(range(r))
        else:
            n = len(pool)
            i = r - 1
            # rightmost index that is not at its maximum value
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """
    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r)
        self._indices = None
        self._done = not self._pool and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            indices = self._indices = [0] * r
        else:
            top = len(pool) - 1
            i = r - 1
            while i >= 0 and indices[i] == top:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
        return tuple([pool[i] for i in indices])


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """
    __slots__ = ('_pool', '_r', '_indices', '_used', '_done')

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is None:
            self._r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            self._r = _check_r(r)
        self._indices = None
        self._used = None
        self._done = self._r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        n = len(pool)
        r = self._r
        indices = self._indices
        if indices is None:
            indices = self._indices = list(range(r))
            used = self._used = [False] * n
            for i in range(r):
                used[i] = True
            return tuple([pool[i] for i in indices])
        used = self._used
        # find the rightmost position whose index can be raised to an unused value
        i = r - 1
        while i >= 0:
            cur = indices[i]
            used[cur] = False
            v = cur + 1
            while v < n and used[v]:
                v += 1
            if v < n:
                indices[i] = v
                used[v] = True
                # fill the rest with the smallest unused values
                v = 0
                for j in range(i + 1, r):
                    while used[v]:
                        v += 1
                    indices[j] = v
                    used[v] = True
                return tuple([pool[k] for k in indices])
            i -= 1
        self._done = True
        raise StopIteration


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """
    __slots__ = ('_it', '_old')

    def __init__(self, *args, **kwargs):
        iterable, = _positional('pairwise', 1, args, kwargs)
        self._it = iter(iterable)
        self._old = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MARKER:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARKER
            raise
        self._old = new
        return (old, new)
