package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization, as CPython's {@code mro_implementation}. */
final class Mro {
    static String lastError;

    private Mro() {
    }

    static PyType[] compute(PyType type) {
        PyType[] bases = type.getBases();
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            List<PyType> l = new ArrayList<>();
            for (PyType t : b.getMro()) {
                l.add(t);
            }
            seqs.add(l);
        }
        List<PyType> bl = new ArrayList<>();
        for (PyType b : bases) {
            bl.add(b);
        }
        seqs.add(bl);
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            for (List<PyType> s : seqs) {
                if (!s.isEmpty()) {
                    empty = false;
                    break;
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
                List<String> names = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!s.isEmpty() && !names.contains(s.get(0).getName())) {
                        names.add(s.get(0).getName());
                    }
                }
                sb.append(String.join(", ", names));
                lastError = sb.toString();
                return null;
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
