package dk.partnerskab.common.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a feature's {@code package-info.java}: the tables the feature owns besides those of its
 * entities (link tables and tables it reads and writes with SQL alone). Only the owning feature
 * names a table in SQL; the architecture test holds every feature to that, and to declaring every
 * table the migrations create.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    String[] value();
}
