// Russian names for the demo school (frequent surnames and names of the generations involved).
#include "demo_names.h"

#include <QStringList>

namespace ejournal::server::demo {

namespace {
const QStringList &surnames()
{
    static const QStringList list = QStringLiteral(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
        "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
        "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
        "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
        "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
        "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
        "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
        "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
        "Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов "
        "Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров "
        "Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников "
        "Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов "
        "Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин "
        "Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Харитонов Князев "
        "Цветков Воронцов Рябов Демидов Гордеев Лапин Шубин Зуев Блинов Кононов "
        "Вишневский Покровский Островский Успенский Соколовский Яблонский Высоцкий "
        "Шевченко Бондаренко Кравченко Ткаченко Ковальчук Черных Седых Толстой")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &boyNames()
{
    static const QStringList list = QStringLiteral(
        "Александр Артём Михаил Максим Иван Даниил Дмитрий Кирилл Андрей Егор Никита Илья "
        "Алексей Матвей Тимофей Роман Владимир Ярослав Фёдор Георгий Константин Лев Марк "
        "Арсений Степан Владислав Глеб Макар Захар Богдан Семён Тимур Платон Мирон Савелий "
        "Денис Павел Всеволод Николай Сергей")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &girlNames()
{
    static const QStringList list = QStringLiteral(
        "Анна Мария София Алиса Виктория Полина Анастасия Елизавета Александра Дарья "
        "Варвара Ксения Вероника Арина Екатерина Ева Василиса Милана Валерия Кира Ульяна "
        "Маргарита Таисия Алёна Есения Софья Злата Диана Вера Юлия Ангелина Майя Алина "
        "Кристина Евгения Ольга Надежда Яна Стефания Мирослава")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &womanNames()
{
    static const QStringList list = QStringLiteral(
        "Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Анна Юлия Марина Мария "
        "Анастасия Евгения Надежда Людмила Галина Оксана Виктория Лариса Валентина Вера "
        "Ксения Дарья Кристина Алла Жанна Любовь Нина Алёна Инна Полина Александра")
        .split(QLatin1Char(' '));
    return list;
}

struct ManName
{
    QString name;
    QString son;       // patronymic of a son
    QString daughter;  // patronymic of a daughter
};

const QList<ManName> &manNames()
{
    static const QList<ManName> list = [] {
        // "name:son:daughter" where the patronymic is irregular, plain "name" otherwise.
        const QStringList spec = QStringLiteral(
            "Александр Алексей:Алексеевич:Алексеевна Андрей:Андреевич:Андреевна Антон Артём "
            "Вадим Валерий:Валерьевич:Валерьевна Василий:Васильевич:Васильевна Виктор "
            "Виталий:Витальевич:Витальевна Владимир Владислав Вячеслав Геннадий:Геннадьевич:"
            "Геннадьевна Георгий:Георгиевич:Георгиевна Денис Дмитрий:Дмитриевич:Дмитриевна "
            "Евгений:Евгеньевич:Евгеньевна Егор Иван Игорь:Игоревич:Игоревна Илья:Ильич:"
            "Ильинична Кирилл Константин Максим Михаил:Михайлович:Михайловна "
            "Николай:Николаевич:Николаевна Олег "
            "Павел:Павлович:Павловна Роман Руслан Сергей:Сергеевич:Сергеевна Станислав "
            "Степан Юрий:Юрьевич:Юрьевна Ярослав Никита:Никитич:Никитична Пётр:Петрович:"
            "Петровна Лев:Львович:Львовна Анатолий:Анатольевич:Анатольевна")
            .split(QLatin1Char(' '));
        QList<ManName> names;
        for (const QString &item : spec) {
            const QStringList parts = item.split(QLatin1Char(':'));
            if (parts.size() == 3)
                names.append({parts[0], parts[1], parts[2]});
            else
                names.append({item, item + QStringLiteral("ович"), item + QStringLiteral("овна")});
        }
        return names;
    }();
    return list;
}
} // namespace

QString randomSurname(Random &random)
{
    return random.pick(surnames());
}

QString genderedSurname(const QString &masculine, bool female)
{
    if (!female)
        return masculine;
    for (const char *ending : {"ов", "ев", "ёв", "ин", "ын"}) {
        if (masculine.endsWith(QString::fromUtf8(ending)))
            return masculine + QStringLiteral("а");
    }
    if (masculine.endsWith(QStringLiteral("ий")) || masculine.endsWith(QStringLiteral("ой")))
        return masculine.chopped(2) + QStringLiteral("ая");
    return masculine;
}

QString randomChildName(Random &random, bool female)
{
    return random.pick(female ? girlNames() : boyNames());
}

int randomFatherName(Random &random)
{
    return random.below(int(manNames().size()));
}

QString fatherName(int index)
{
    return manNames().at(index).name;
}

QString patronymic(int fatherIndex, bool female)
{
    const ManName &father = manNames().at(fatherIndex);
    return female ? father.daughter : father.son;
}

QString randomWomanName(Random &random)
{
    return random.pick(womanNames());
}

FullName familyFather(Random &random, const QString &familySurname, int fatherIndex)
{
    return {genderedSurname(familySurname, false), fatherName(fatherIndex),
            patronymic(randomFatherName(random), false)};
}

FullName familyMother(Random &random, const QString &familySurname)
{
    return {genderedSurname(familySurname, true), randomWomanName(random),
            patronymic(randomFatherName(random), true)};
}

FullName randomAdult(Random &random, bool female)
{
    const QString surname = randomSurname(random);
    if (female)
        return familyMother(random, surname);
    return familyFather(random, surname, randomFatherName(random));
}

QString randomMobile(Random &random)
{
    return QStringLiteral("+7 9%1 %2-%3-%4")
        .arg(random.below(100), 2, 10, QLatin1Char('0'))
        .arg(random.below(1000), 3, 10, QLatin1Char('0'))
        .arg(random.below(100), 2, 10, QLatin1Char('0'))
        .arg(random.below(100), 2, 10, QLatin1Char('0'));
}

} // namespace ejournal::server::demo
