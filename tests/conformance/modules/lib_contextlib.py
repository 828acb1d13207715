# contextlib: contextmanager (as decorator too), suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import *
import sys
class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def getvalue(self):
        return ''.join(self.parts)
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def f(x): print('in f', x); return x * 2
print(f(1), f(2))
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError as e: print('not suppressed', e)
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('close', self.n)
with closing(Res(1)) as r: print('using', r.n)
with nullcontext(5) as v: print(v)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, 'cb', i)
    st.enter_context(tag('x'))
    st.push(lambda *a: print('push', a[0]))
print('---')
def boom_cb(): raise ValueError('in callback')
try:
    with ExitStack() as st:
        st.callback(boom_cb)
        st.callback(print, 'first')
        raise KeyError('body')
except ValueError as e:
    print('final', repr(e), repr(e.__context__))
with ExitStack() as st:
    st.push(lambda t, v, tb: True)
    raise IndexError('swallowed by exit stack')
print('ok')
st = ExitStack(); st.callback(print, 'later'); st2 = st.pop_all(); st.close(); print('closing st2'); st2.close()
buf = Buffer()
with redirect_stdout(buf): print('hidden')
print('captured', repr(buf.getvalue()))
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration('x')
except StopIteration as e: print('stopiteration propagated', e)
