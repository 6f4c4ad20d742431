// RowListModel: one table of roles, rows replaced or edited with the signals views expect; and
// the models built on it keep the role names QML binds to.

#include "app/core/optionmodel.h"
#include "app/core/rowlistmodel.h"
#include "app/core/servicelinkmodel.h"
#include "app/search/searchresultmodel.h"
#include "app/sheet/sheetcontroller.h"
#include "app/staff/conflictcontroller.h"
#include "app/staff/editorlists.h"
#include "app/staff/stafflistingmodel.h"
#include "app/trainer/guidecontroller.h"
#include "app/trainer/trainercontroller.h"
#include "qt_environment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

struct Item {
    QString id;
    QString name;
    int size = 0;
    bool open = false;
    QStringList tags;
    std::optional<bool> free;
    bool operator==(const Item&) const = default;
};

enum ItemRole { IdRole = Qt::UserRole + 1, NameRole, SizeRole, OpenRole, TagsRole, FreeRole };

class ItemModel : public RowListModel<Item> {
public:
    ItemModel()
        : RowListModel({role(IdRole, "itemId", &Item::id),
                        role(NameRole, "name", &Item::name),
                        role(SizeRole, "size", &Item::size),
                        role(OpenRole, "open", &Item::open),
                        role(TagsRole, "tags", &Item::tags),
                        {FreeRole, "free",
                         [](const Item& item) {
                             return item.free ? QVariant(*item.free) : QVariant();
                         }}},
                       NameRole) {}
};

Item item(const char* id, const char* name, int size = 0) {
    return {QString::fromUtf8(id), QString::fromUtf8(name), size, false, {}, std::nullopt};
}

class RowListModelTest : public ::testing::Test {
protected:
    ItemModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy resets{&model, &QAbstractItemModel::modelReset};
    QSignalSpy changes{&model, &QAbstractItemModel::dataChanged};
    QSignalSpy counts{&model, &RowListModelBase::countChanged};
};

TEST_F(RowListModelTest, EveryRoleReadsItsMember) {
    Item a{u"a"_s, u"Alpha"_s, 3, true, {u"x"_s, u"y"_s}, false};
    model.reset({a, item("b", "Beta")});
    const QModelIndex first = model.index(0);
    EXPECT_EQ(model.data(first, IdRole), QVariant(u"a"_s));
    EXPECT_EQ(model.data(first, NameRole), QVariant(u"Alpha"_s));
    EXPECT_EQ(model.data(first, SizeRole), QVariant(3));
    EXPECT_EQ(model.data(first, OpenRole), QVariant(true));
    EXPECT_EQ(model.data(first, TagsRole).toStringList(), (QStringList{u"x"_s, u"y"_s}));
    EXPECT_EQ(model.data(first, FreeRole), QVariant(false));
    EXPECT_FALSE(model.data(model.index(1), FreeRole).isValid()); // unknown stays unknown
    EXPECT_EQ(model.data(model.index(1), Qt::DisplayRole), QVariant(u"Beta"_s));
    EXPECT_FALSE(model.data(first, Qt::DecorationRole).isValid());
    EXPECT_FALSE(model.data(model.index(2), NameRole).isValid()); // no such row
    EXPECT_EQ(model.roleNames(), (QHash<int, QByteArray>{{IdRole, "itemId"},
                                                         {NameRole, "name"},
                                                         {SizeRole, "size"},
                                                         {OpenRole, "open"},
                                                         {TagsRole, "tags"},
                                                         {FreeRole, "free"}}));
    EXPECT_EQ(model.property("count").toInt(), 2); // what QML binds to
}

TEST_F(RowListModelTest, ResetReplacesRowsOnlyWhenTheyChange) {
    model.reset({item("a", "Alpha"), item("b", "Beta")});
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(counts.count(), 1);
    model.reset({item("a", "Alpha"), item("b", "Beta")});
    EXPECT_EQ(resets.count(), 1);
    model.reset({item("c", "Gamma"), item("d", "Delta")});
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(counts.count(), 1); // as many rows as before
    model.reset({});
    EXPECT_EQ(counts.count(), 2);
    EXPECT_EQ(model.count(), 0);
}

TEST_F(RowListModelTest, ReplaceUpdatesTheSameRowsInPlace) {
    model.reset({item("a", "Alpha"), item("b", "Beta")});
    model.replace({item("a", "Alpha"), item("b", "Bèta", 2)}, &Item::id);
    EXPECT_EQ(resets.count(), 1);
    ASSERT_EQ(changes.count(), 1); // only the row that changed
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.data(model.index(1), SizeRole), QVariant(2));

    model.replace({item("b", "Bèta"), item("a", "Alpha")}, &Item::id); // another order
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(model.data(model.index(0), IdRole), QVariant(u"b"_s));
}

TEST_F(RowListModelTest, RowsAreEditedAppendedAndRemoved) {
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.append(item("a", "Alpha"));
    model.append(item("b", "Beta"));
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(counts.count(), 2);

    EXPECT_TRUE(model.editRow(1, [](Item& i) { i.open = true; }, {OpenRole}));
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(2).value<QList<int>>(), QList<int>{OpenRole});
    EXPECT_EQ(model.data(model.index(1), OpenRole), QVariant(true));
    EXPECT_FALSE(model.editRow(1, [](Item& i) { i.open = true; })); // no change, no signal
    EXPECT_FALSE(model.setRow(7, item("z", "Zeta")));
    EXPECT_EQ(changes.count(), 1);

    EXPECT_EQ(model.indexWhere([](const Item& i) { return i.id == u"b"_s; }), 1);
    EXPECT_EQ(model.row(0)->name, u"Alpha"_s);
    EXPECT_EQ(model.row(2), nullptr);
    EXPECT_TRUE(model.removeAt(0));
    EXPECT_FALSE(model.removeAt(5));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.data(model.index(0), IdRole), QVariant(u"b"_s));
    EXPECT_EQ(model.count(), 1);
}

// The names QML delegates bind to, model by model.
TEST(RowListModels, KeepTheirRoleNames) {
    const auto names = [](const QAbstractItemModel& model) {
        QList<QByteArray> list = model.roleNames().values();
        std::sort(list.begin(), list.end());
        return list;
    };
    using Names = QList<QByteArray>;
    EXPECT_EQ(names(OptionModel()), (Names{"key", "label", "services"}));
    EXPECT_EQ(names(ServiceLinkModel()), (Names{"name", "note", "phone", "serviceId"}));
    EXPECT_EQ(names(SearchResultModel()),
              (Names{"anonymous", "categories", "free", "localEdit", "municipality", "name",
                     "noPhone", "openState", "organization", "phone", "serviceId", "snippet",
                     "statusText", "unconfirmed", "walkIn"}));
    EXPECT_EQ(names(StaffListingModel()),
              (Names{"name", "place", "problemText", "retired", "serviceId", "stale", "state",
                     "stateText", "verifiedText"}));
    EXPECT_EQ(names(SheetModel()), (Names{"address", "hours", "message", "name", "noPhone",
                                          "organization", "phones", "serviceId", "vcard"}));
    const ScenarioSet scenarios;
    EXPECT_EQ(names(ScenarioListModel(scenarios)), (Names{"scenarioId", "title"}));
    EXPECT_EQ(names(ScenarioReferralModel()),
              (Names{"available", "name", "organization", "serviceId", "why"}));
    const GuideSet guides;
    EXPECT_EQ(names(GuideListModel(guides)), (Names{"guideId", "summary", "title"}));
    EXPECT_EQ(names(GuideSectionModel()), (Names{"paragraphs", "title"}));
    EXPECT_EQ(names(HoursModel()), (Names{"closes", "closesError", "days", "daysError", "note",
                                          "noteError", "opens", "opensError", "pastMidnight"}));
    EXPECT_EQ(names(PhoneModel()), (Names{"label", "labelError", "number", "numberError"}));
    EXPECT_EQ(names(ConflictFieldModel()),
              (Names{"differs", "key", "label", "mine", "theirs", "useMine"}));
}

TEST(RowListModels, EditorHoursChangeRowByRow) {
    HoursModel hours;
    QAbstractItemModelTester tester(&hours, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edited(&hours, &HoursModel::edited);
    hours.addRange();
    hours.setOpens(0, u"08:30"_s);
    hours.setDay(0, 5, true);
    EXPECT_EQ(edited.count(), 3);
    const QModelIndex range = hours.index(0);
    EXPECT_EQ(hours.data(range, HoursModel::OpensRole), QVariant(u"08:30"_s));
    EXPECT_EQ(hours.data(range, HoursModel::ClosesRole), QVariant(u"17:00"_s));
    EXPECT_EQ(hours.data(range, HoursModel::DaysRole), QVariant(0b0111111));

    HoursRow errors;
    errors.opensError = u"Not a time"_s;
    hours.setErrors({errors});
    EXPECT_EQ(edited.count(), 3); // errors are not an edit
    EXPECT_EQ(hours.data(range, HoursModel::OpensErrorRole), QVariant(u"Not a time"_s));
    EXPECT_EQ(hours.data(range, HoursModel::OpensRole), QVariant(u"08:30"_s));
    hours.removeRange(0);
    EXPECT_EQ(hours.count(), 0);
}

TEST(RowListModels, ConflictFieldsChooseOnlyWhereVersionsDiffer) {
    ConflictFieldModel fields;
    QAbstractItemModelTester tester(&fields, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fields.reset({{u"name"_s, u"Name"_s, u"A"_s, u"B"_s, true, false},
                  {u"email"_s, u"Email"_s, u"x"_s, u"x"_s, false, false}});
    EXPECT_TRUE(fields.setUseMine(0, true));
    EXPECT_FALSE(fields.setUseMine(1, true));
    EXPECT_FALSE(fields.setUseMine(2, true));
    EXPECT_EQ(fields.data(fields.index(0), ConflictFieldModel::UseMineRole), QVariant(true));
    EXPECT_EQ(fields.data(fields.index(1), ConflictFieldModel::UseMineRole), QVariant(false));
    EXPECT_EQ(fields.data(fields.index(0), ConflictFieldModel::TheirsRole), QVariant(u"B"_s));
}

} // namespace
} // namespace relais::app
