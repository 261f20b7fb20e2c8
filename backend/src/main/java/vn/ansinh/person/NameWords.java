package vn.ansinh.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.ansinh.shared.VietnameseText;

/** The words a name is found by: folded, distinct, each cut to the column's 40 characters. */
final class NameWords {

    static final int MAX_WORD_LENGTH = 40;

    private NameWords() {
    }

    /** The words of an already folded name. */
    static List<String> of(String foldedName) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : foldedName.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
            }
        }
        return List.copyOf(words);
    }

    /** The words of a query as typed: folded first. */
    static List<String> ofQuery(String query) {
        return of(VietnameseText.fold(query));
    }
}
