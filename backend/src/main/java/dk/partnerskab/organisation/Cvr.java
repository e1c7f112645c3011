package dk.partnerskab.organisation;

/** The Danish CVR number's check: weights 2 7 6 5 4 3 2 1, sum divisible by 11. */
public final class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvr() {}

    public static boolean isValid(String cvr) {
        if (cvr == null || !cvr.matches("[1-9][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (cvr.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }
}
