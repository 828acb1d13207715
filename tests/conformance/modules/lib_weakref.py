# weakref (a shim in minipy): ref, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize, proxy
import weakref, copy
class A:
    def m(self): return 'm'
a = A()
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), hash(r) == hash(a), r.__callback__, copy.copy(r) is r)
try: weakref.ref(1)
except TypeError as e: print(e)
try: weakref.ref([])
except TypeError as e: print(e)
d = weakref.WeakValueDictionary(); d['k'] = a; print(d['k'] is a, len(d), list(d), 'k' in d, d.get('z'))
k = weakref.WeakKeyDictionary({a: 1}); print(k[a], list(k.values()))
s = weakref.WeakSet([a]); print(len(s), a in s, 1 in s)
wm = weakref.WeakMethod(a.m); print(wm()())
f = weakref.finalize(a, print, 'finalized'); print(f.alive); f(); print(f.alive, f())
print(weakref.getweakrefcount(a) >= 0, weakref.proxy(a).m())
