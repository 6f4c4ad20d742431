// The listing editor's form: a service goes into it and comes out the same, and each problem
// the shared rules find lands on the field or row it is about.

#include "app/staff/serviceform.h"
#include "qt_environment.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

const QDate kToday(2025, 3, 14);
const std::vector<std::string> kCategories{"legal-aid", "health", "shelter"};

// Every field the form shows, and some it does not.
Service fullService() {
    Service s;
    s.id = "permanence-juridique";
    s.organization_id = "org-7";
    s.name = {"Permanence juridique", "Juridisch spreekuur", ""};
    s.other_names = {"PJ"};
    s.description = {"Conseils gratuits.", "", "Free advice."};
    s.categories = {"legal-aid", "health"};
    s.audience = {"women", "sex-workers"};
    s.address = {"Rue Haute 1", "1000", "Bruxelles", "Brussels", 50.123456789, 4.3528};
    s.area = Area::brussels;
    s.phones = {Phone{"+32 2 538 00 00", "Accueil", Caveat::dated, PhoneKind::reception},
                Phone{"112", std::nullopt, std::nullopt, PhoneKind::emergency}};
    s.email = "info@example.be";
    s.website = "https://example.be/permanence";
    s.hours = std::vector<HoursRange>{{0b0011111, 9 * 60, 17 * 60, "sur rendez-vous"},
                                      {0b0100000, 22 * 60, 2 * 60, std::nullopt},
                                      {0b1000000, 0, 24 * 60, std::nullopt}};
    s.languages = std::vector<std::string>{"fr", "nl", "ar"};
    s.free = true;
    s.anonymous = false;
    s.appointment = Appointment::optional;
    s.sources = {"https://example.be/a", "https://example.be/b"};
    s.confidence = Confidence::partial;
    s.notes = "Fermé en août.";
    s.checked_on = "2025-02";
    s.evidence_date = "2019-05";
    s.last_verified_at = "2025-01-10";
    s.version = 7;
    s.updated_at = "2025-03-01T10:00:00Z";
    return s;
}

// Only the messages that are not where `expected` says are left.
ServiceFormErrors without(ServiceFormErrors errors, QString ServiceFormErrors::*field) {
    errors.*field = QString();
    return errors;
}

TEST(ServiceForm, AServiceComesOutAsItWentIn) {
    const Service service = fullService();
    ServiceForm form;
    form.load(service);
    EXPECT_EQ(form.nameNl(), u"Juridisch spreekuur"_s);
    EXPECT_EQ(form.free(), ServiceForm::Yes);
    EXPECT_EQ(form.appointment(), ServiceForm::AppointmentPossible);
    EXPECT_EQ(form.confidence(), ServiceForm::PartlyVerified);
    EXPECT_EQ(form.languages(), (QStringList{u"fr"_s, u"nl"_s, u"ar"_s}));
    EXPECT_TRUE(form.hours()->rows()[1].pastMidnight);
    EXPECT_EQ(form.hours()->rows()[2].closes, u"24:00"_s);

    form.setMarkVerified(false);
    const ServiceForm::Conversion conversion = form.toService(kToday);
    EXPECT_TRUE(conversion.problems.empty());
    EXPECT_EQ(conversion.service, service);

    form.validate(kCategories, kToday);
    EXPECT_EQ(form.problemCount(), 0) << form.wireJson();
    EXPECT_EQ(form.errors(), ServiceFormErrors{});
    EXPECT_EQ(form.draft(), service); // as the rules read it back from the wire
}

TEST(ServiceForm, TypedValuesBecomeTheRecordsFields) {
    ServiceForm form;
    form.load(fullService());
    form.setFree(ServiceForm::AnswerUnknown);
    form.setAppointment(ServiceForm::WalkIn);
    form.setConfidence(ServiceForm::Verified);
    form.setLanguages({});
    form.setHoursKnown(false);
    form.setLatitude(u" "_s);
    form.setAudience(u"youth; women  lgbtqi"_s);
    form.phones()->setNumber(0, u"+32 2 538 00 01"_s);
    const Service s = form.toService(kToday).service;
    EXPECT_EQ(s.free, std::nullopt);
    EXPECT_EQ(s.appointment, Appointment::walk_in);
    EXPECT_EQ(s.confidence, Confidence::verified);
    EXPECT_EQ(s.languages, std::nullopt); // none ticked: unknown
    EXPECT_EQ(s.hours, std::nullopt);
    EXPECT_EQ(s.address.lat, std::nullopt);
    EXPECT_EQ(s.audience, (std::vector<std::string>{"youth", "women", "lgbtqi"}));
    EXPECT_EQ(s.last_verified_at, "2025-03-14"); // "I checked this listing", ticked by default
    // A new number keeps what it is for, not what a source said of the old one.
    EXPECT_EQ(s.phones[0].kind, PhoneKind::reception);
    EXPECT_EQ(s.phones[0].caveat, std::nullopt);
    EXPECT_EQ(s.phones[1].kind, PhoneKind::emergency);
}

TEST(ServiceForm, EachProblemLandsOnItsField) {
    ServiceForm form;
    form.load(fullService());
    QSignalSpy validated(&form, &ServiceForm::validated);
    form.setEmail(u"info@"_s);
    form.validate(kCategories, kToday);
    EXPECT_EQ(validated.count(), 1);
    EXPECT_EQ(form.problemCount(), 1);
    EXPECT_EQ(form.errors().email, u"This is not an e-mail address (name@example.be)."_s);
    EXPECT_EQ(without(form.errors(), &ServiceFormErrors::email), ServiceFormErrors{});

    form.setEmail(u"info@example.be"_s);
    form.setCategories({u"legal-aid"_s, u"astrology"_s}); // "categories[1]"
    form.setServiceId(u"Permanence Juridique"_s);
    form.validate(kCategories, kToday);
    EXPECT_EQ(form.errors().categories, u"This category is not known."_s);
    EXPECT_EQ(form.errors().serviceId, u"Use lowercase letters, digits and hyphens only."_s);
    EXPECT_TRUE(form.errors().email.isEmpty());
}

TEST(ServiceForm, ProblemsInRowsLandOnTheRowTheUserSees) {
    ServiceForm form;
    form.load(fullService());
    // A blank phone row is left off the wire: the rules' "phones[2]" is the form's row 3.
    form.phones()->addPhone();
    form.phones()->addPhone();
    form.phones()->setNumber(3, u"02 538 00 00"_s);
    // A time the record cannot hold keeps its row off the wire: "hours[0]" is the form's row 1.
    form.hours()->setOpens(0, u"9h"_s);
    form.hours()->setCloses(1, u"22:00"_s);
    form.validate(kCategories, kToday);

    const auto& phones = form.phones()->rows();
    EXPECT_TRUE(phones[2].numberError.isEmpty());
    EXPECT_EQ(phones[3].numberError,
              u"Use the international format, for example +32 2 123 45 67, or a short number "
              "such as 112."_s);
    const auto& hours = form.hours()->rows();
    EXPECT_EQ(hours[0].opensError, u"Enter a time as HH:MM, from 00:00 to 23:59."_s);
    EXPECT_TRUE(hours[0].closesError.isEmpty());
    EXPECT_EQ(hours[1].closesError,
              u"Closing must differ from opening (00:00 to 24:00 means all day)."_s);
    EXPECT_TRUE(hours[1].opensError.isEmpty());
    EXPECT_TRUE(hours[2].closesError.isEmpty());
    EXPECT_EQ(form.problemCount(), 3);
    EXPECT_EQ(form.errors(), ServiceFormErrors{});

    // Closing before opening is said explicitly, and kept once the user says so.
    form.hours()->setOpens(0, u"20:00"_s);
    form.hours()->setCloses(0, u"01:00"_s);
    form.hours()->setPastMidnight(0, false);
    form.validate(kCategories, kToday);
    EXPECT_FALSE(form.hours()->rows()[0].closesError.isEmpty());
    form.hours()->setPastMidnight(0, true);
    form.validate(kCategories, kToday);
    EXPECT_TRUE(form.hours()->rows()[0].closesError.isEmpty());
}

TEST(ServiceForm, TheServersRefusalStaysUntilItsFieldChanges) {
    ServiceForm form;
    form.load(fullService());
    form.setServerProblems({{"x", "website", "must be an http(s) address"},
                            {"x", "phones[1].number", "must be in international format"},
                            {"x", "version", "must be a positive integer"}});
    form.validate(kCategories, kToday);
    EXPECT_EQ(form.errors().website, u"Enter a full web address starting with https://"_s);
    EXPECT_FALSE(form.phones()->rows()[1].numberError.isEmpty());
    EXPECT_EQ(form.errors().other, u"must be a positive integer"_s); // about no field shown
    EXPECT_EQ(form.problemCount(), 0);                               // the form itself is fine

    form.setNotes(u"Autre chose"_s);
    form.validate(kCategories, kToday);
    EXPECT_FALSE(form.errors().website.isEmpty());
    form.setWebsite(u"https://example.be/new"_s);
    form.phones()->setLabel(1, u"Urgences"_s);
    form.validate(kCategories, kToday);
    EXPECT_TRUE(form.errors().website.isEmpty());
    EXPECT_TRUE(form.phones()->rows()[1].numberError.isEmpty());
    EXPECT_FALSE(form.errors().other.isEmpty());
}

TEST(ServiceForm, ANewListingsIdFollowsItsNameUntilTyped) {
    ServiceForm form;
    QSignalSpy changed(&form, &ServiceForm::changed);
    Service fresh;
    fresh.organization_id = "org-7";
    form.load(fresh, true);
    EXPECT_EQ(changed.count(), 1);
    form.setNameFr(u"Écoute Saint-Gilles / Nuit"_s);
    EXPECT_EQ(form.serviceId(), u"ecoute-saint-gilles-nuit"_s);
    EXPECT_EQ(changed.count(), 2);
    form.setServiceId(u"ecoute-nuit"_s);
    form.setNameFr(u"Écoute de nuit"_s);
    EXPECT_EQ(form.serviceId(), u"ecoute-nuit"_s);

    form.validate(kCategories, kToday);
    EXPECT_EQ(form.errors().categories, u"Choose at least one category."_s);
    EXPECT_TRUE(form.errors().name.isEmpty());
    form.setNameFr({});
    form.validate(kCategories, kToday);
    EXPECT_EQ(form.errors().name, u"Give the name in at least one language."_s);
}

} // namespace
} // namespace relais::app
