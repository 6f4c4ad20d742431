#pragma once
// A QGuiApplication for GoogleTest programs, with locale, time zone and standard paths pinned
// so results do not depend on the machine running the tests.

#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdlib>

namespace relais::app::test {

class QtEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        setenv("TZ", "Europe/Brussels", 1);
        setenv("LANG", "C.UTF-8", 1);
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        static int argc = 1;
        static char name[] = "relais-test";
        static char* argv[] = {name, nullptr};
        app_ = new QGuiApplication(argc, argv);
    }
    void TearDown() override {
        delete app_;
        app_ = nullptr;
    }

private:
    QGuiApplication* app_ = nullptr;
};

} // namespace relais::app::test
