package dk.partnerskab.architecture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.partnerskab.common.persistence.OwnsTables;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature owns its data: no feature reaches into another's repository, entity or tables; it asks
 * the owning feature's service. A feature is a package right under the root ({@code partnership},
 * {@code meeting}, …); {@code common} is plumbing that belongs to no feature.
 *
 * <p>Checked on the compiled classes (dependencies on repositories and entities) and on the source
 * (table names after FROM/JOIN/INTO/UPDATE in string literals, entity names in JPQL). The rules run
 * on a fixture with planted violations too, so a rule that finds nothing cannot pass unnoticed.
 */
class ArchitectureTest {

    private static final String ROOT = "dk.partnerskab";
    private static final Set<String> NOT_FEATURES = Set.of("common", "demo", "archfixture", "architecture", "testing");
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    @Test
    void featuresReachEachOtherOnlyThroughTheirServices() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(violations(classes, ROOT, MAIN_SOURCES), empty());
    }

    @Test
    void everyTableTheMigrationsCreateHasOneOwner() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Map<String, String> owners = tableOwners(classes, ROOT);
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
        Pattern drop = Pattern.compile("(?i)drop table (?:if exists )?([a-z_]+)");
        migrations().forEach(sql -> {
            create.matcher(sql).results().forEach(m -> created.add(m.group(1).toLowerCase(Locale.ROOT)));
            drop.matcher(sql).results().forEach(m -> created.remove(m.group(1).toLowerCase(Locale.ROOT)));
        });
        assertEquals(
                created,
                new TreeSet<>(owners.keySet()),
                "every table needs an owner: an entity's @Table or the feature's @OwnsTables in package-info.java");
    }

    @Test
    void thePlantedViolationsAreFound() {
        String fixture = ROOT + ".archfixture";
        JavaClasses classes = new ClassFileImporter().importPackages(fixture);
        assertThat(
                violations(classes, fixture, TEST_SOURCES),
                containsInAnyOrder(
                        "alpha.Gadget depends on beta's repository WidgetRepository",
                        "alpha.Gadget depends on beta's entity Widget",
                        "alpha/Gadget.java names beta's table widget_part",
                        "alpha/Gadget.java names beta's table widget",
                        "alpha/Gadget.java names beta's entity Widget"));
    }

    /** Every way a class of one feature reaches into another's data, described. */
    static List<String> violations(JavaClasses classes, String root, Path sources) {
        List<String> violations = new ArrayList<>();
        for (JavaClass source : classes) {
            String from = feature(source, root);
            if (from == null) {
                continue;
            }
            Set<String> seen = new TreeSet<>();
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = feature(target, root);
                if (to == null || to.equals(from)) {
                    continue;
                }
                String kind = isRepository(target) ? "repository" : isEntity(target) ? "entity" : null;
                if (kind != null) {
                    seen.add(outer(source, root) + " depends on " + to + "'s " + kind + " " + target.getSimpleName());
                }
            }
            violations.addAll(seen);
        }
        violations.addAll(namedTables(classes, root, sources));
        return violations.stream().distinct().toList();
    }

    /** Tables and entity names of other features in the string literals of each feature's sources. */
    private static List<String> namedTables(JavaClasses classes, String root, Path sources) {
        Map<String, String> tables = tableOwners(classes, root);
        Map<String, String> entities = new HashMap<>();
        classes.stream()
                .filter(ArchitectureTest::isEntity)
                .filter(c -> feature(c, root) != null)
                .forEach(c -> entities.put(c.getSimpleName(), feature(c, root)));
        Path base = sources.resolve(root.replace('.', '/'));
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                String from = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : null;
                if (from == null || NOT_FEATURES.contains(from)) {
                    continue;
                }
                String literals = literals(Files.readString(file));
                Set<String> found = new TreeSet<>();
                Matcher sql = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)")
                        .matcher(literals);
                while (sql.find()) {
                    String table = sql.group(1).toLowerCase(Locale.ROOT);
                    String owner = tables.get(table);
                    if (owner != null && !owner.equals(from)) {
                        found.add(relative + " names " + owner + "'s table " + table);
                    }
                }
                Matcher jpql = Pattern.compile("\\b(?:from|join|FROM|JOIN)\\s+([A-Z][A-Za-z0-9]*)\\b")
                        .matcher(literals);
                while (jpql.find()) {
                    String owner = entities.get(jpql.group(1));
                    if (owner != null && !owner.equals(from)) {
                        found.add(relative + " names " + owner + "'s entity " + jpql.group(1));
                    }
                }
                violations.addAll(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** The string literals of a source file, with literals joined by {@code +} read as one. */
    private static String literals(String source) {
        String joined = source.replaceAll("\"\\s*\\+\\s*\"", "");
        StringBuilder all = new StringBuilder();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(joined);
        while (literal.find()) {
            all.append(literal.group(1)).append('\n');
        }
        return all.toString();
    }

    /** Each table's owning feature: from the entities' mappings and the features' {@link OwnsTables}. */
    static Map<String, String> tableOwners(JavaClasses classes, String root) {
        Map<String, String> owners = new HashMap<>();
        for (JavaClass c : classes) {
            String feature = feature(c, root);
            if (feature == null) {
                continue;
            }
            c.tryGetAnnotationOfType(Table.class).ifPresent(t -> owners.put(t.name(), feature));
            c.getFields()
                    .forEach(f -> f.tryGetAnnotationOfType(CollectionTable.class)
                            .ifPresent(t -> owners.put(t.name(), feature)));
        }
        classes.stream()
                .map(c -> feature(c, root))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .filter(feature -> classes.containPackage(root + "." + feature))
                .forEach(feature -> classes.getPackage(root + "." + feature)
                        .tryGetAnnotationOfType(OwnsTables.class)
                        .ifPresent(t -> {
                            for (String table : t.value()) {
                                owners.put(table, feature);
                            }
                        }));
        return owners;
    }

    private static boolean isRepository(JavaClass c) {
        return c.isAssignableTo(PanacheRepositoryBase.class)
                || c.getSimpleName().endsWith("Repository");
    }

    private static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Table.class);
    }

    /** The feature a class belongs to, or null for plumbing and anything outside the root. */
    private static String feature(JavaClass c, String root) {
        String name = c.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return NOT_FEATURES.contains(feature) ? null : feature;
    }

    /** "feature.Class" for a top-level class, its nested classes reported as their outer class. */
    private static String outer(JavaClass c, String root) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getName().substring(root.length() + 1).replaceAll("^([a-z]+)\\.(?:[a-z]+\\.)*", "$1.");
    }

    private static List<String> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted()
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
