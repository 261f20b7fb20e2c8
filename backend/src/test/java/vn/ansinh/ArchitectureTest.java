package vn.ansinh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of architecture §2, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ansinh");
    }

    private static final DescribedPredicate<JavaClass> PERSISTENCE = new DescribedPredicate<>("entities and repositories") {
        @Override
        public boolean test(JavaClass type) {
            return type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)
                    || type.isAssignableTo(PanacheRepositoryBase.class);
        }
    };

    @Test
    void aFeatureReachesAnotherOnlyThroughItsServiceAndApiRecords() {
        classes().that(PERSISTENCE).should(new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass persistence, ConditionEvents events) {
                persistence.getAccessesToSelf().forEach(access -> {
                    JavaClass origin = access.getOriginOwner();
                    if (!origin.getPackageName().equals(persistence.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(access, origin.getName() + " reaches into "
                                + persistence.getName() + " of another feature"));
                    }
                });
                persistence.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(persistence.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(classes);
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .check(classes);
    }

    @Test
    void resourcesNeverTouchTheDatabaseDirectly() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void resourcesHoldNoTransactions() {
        noClasses().that().haveSimpleNameEndingWith("Resource").should().beAnnotatedWith(Transactional.class)
                .check(classes);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class).check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        classes().that().resideInAPackage("vn.ansinh.shared..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("vn.ansinh..")
                        .or(JavaClass.Predicates.resideInAPackage("vn.ansinh.shared..")))
                .check(classes);
    }
}
