package dev.tandem.command.provider;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.TextInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules a provider's profile obeys, checked before any event is applied; each names its field. */
final class ProviderRules {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_PHONE_LENGTH = 40;
    static final int MAX_BIO_LENGTH = 2000;
    static final int MAX_SKILL_LENGTH = 60;
    static final int MAX_SKILLS = 50;
    static final int MIN_RADIUS_KM = 1;
    static final int MAX_RADIUS_KM = 500;
    static final int MAX_REASON_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private ProviderRules() {}

    static String checkName(String name) {
        return TextInput.required("name", name, MAX_NAME_LENGTH);
    }

    /** Uniqueness is the account's concern (one login per email); here only the shape is checked. */
    static String checkEmail(String email) {
        if (email == null
                || email.strip().length() > 320
                || !EMAIL.matcher(email.strip()).matches()
                || !TextInput.isPrintable(email)) {
            throw new InvalidInputException("email", "must be an email address");
        }
        return email.strip();
    }

    /** A blank value clears the field, since null means "unchanged" in an update. */
    static String checkPhone(String phone) {
        return TextInput.optional("phone", phone, MAX_PHONE_LENGTH);
    }

    static String checkBio(String bio) {
        return TextInput.optional("bio", bio, MAX_BIO_LENGTH);
    }

    /** Skills are matched against booking services, so they are compared trimmed and in lower case. */
    static List<String> checkSkills(List<String> skills) {
        if (skills == null) {
            return List.of();
        }
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidInputException("skills", "must be at most " + MAX_SKILLS + " skills");
        }
        var normalized = new ArrayList<String>(skills.size());
        var seen = new HashSet<String>();
        for (String skill : skills) {
            if (skill == null || skill.isBlank()) {
                throw new InvalidInputException("skills", "must not contain a blank skill");
            }
            String name = TextInput.printable("skills", skill.strip().toLowerCase(Locale.ROOT));
            if (name.length() > MAX_SKILL_LENGTH) {
                throw new InvalidInputException("skills", "must be at most " + MAX_SKILL_LENGTH + " characters each");
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("skills", "must not name '" + name + "' twice");
            }
            normalized.add(name);
        }
        return List.copyOf(normalized);
    }

    static Integer checkServiceRadius(Integer radiusKm) {
        if (radiusKm != null && (radiusKm < MIN_RADIUS_KM || radiusKm > MAX_RADIUS_KM)) {
            throw new InvalidInputException(
                    "serviceRadiusKm", "must be between " + MIN_RADIUS_KM + " and " + MAX_RADIUS_KM);
        }
        return radiusKm;
    }
}
