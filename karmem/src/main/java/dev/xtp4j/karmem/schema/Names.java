package dev.xtp4j.karmem.schema;

/**
 * The lexical rules for names and tag values in {@code .km} files. Each check returns a description of the problem,
 * or {@code null} when the text is acceptable. Only ASCII letters and digits are accepted in names, so that every
 * upstream code generator can use them as identifiers.
 */
final class Names {
    private Names() {
    }

    static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String packageNameProblem(String name) {
        if (name.isEmpty()) {
            return "the package name is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isLetter(name.charAt(i))) {
                return "invalid package name '" + name + "': only ASCII letters are allowed";
            }
        }
        return null;
    }

    /** Struct names, field names and enum entry names: an upper-case letter, then letters and digits. */
    static String identifierProblem(String what, String name, boolean digitsAllowed) {
        if (name.isEmpty()) {
            return what + " is empty";
        }
        char first = name.charAt(0);
        if (!(first >= 'A' && first <= 'Z')) {
            return "invalid " + what + " '" + name + "': it must start with an upper-case ASCII letter";
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && !(digitsAllowed && isDigit(c))) {
                return "invalid " + what + " '" + name + "': only ASCII letters" + (digitsAllowed ? " and digits" : "")
                        + " are allowed";
            }
        }
        return null;
    }

    static String structNameProblem(String name) {
        return identifierProblem("struct name", name, true);
    }

    static String enumNameProblem(String name) {
        return identifierProblem("enum name", name, false);
    }

    static String fieldNameProblem(String name) {
        return identifierProblem("field name", name, true);
    }

    static String entryNameProblem(String name) {
        return identifierProblem("enum entry name", name, true);
    }

    static String tagNameProblem(String name) {
        if (name.isEmpty()) {
            return "the tag name is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && c != '.') {
                return "invalid tag name '" + name + "': only ASCII letters and '.' are allowed";
            }
        }
        return null;
    }

    static String tagValueProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '`' || c == ')' || c == ';' || c == '\r' || c == '\n') {
                return "a tag value cannot contain " + describe(c);
            }
        }
        return null;
    }

    static String describe(int c) {
        switch (c) {
            case '\n':
                return "a line feed";
            case '\r':
                return "a carriage return";
            case '\t':
                return "a tab";
            case -1:
                return "the end of the file";
            default:
                return "'" + new String(Character.toChars(c)) + "'";
        }
    }
}
