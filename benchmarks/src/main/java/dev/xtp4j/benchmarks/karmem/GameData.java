package dev.xtp4j.benchmarks.karmem;

import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark data: a game world in the shape of upstream Karmem's benchmark schema, as Java records, as plain
 * maps for the dynamic codec, and a hand-written encoder that calls {@link KarmemWriter} the way generated code
 * would.
 */
public final class GameData {

    /** The schema: monsters with a position, stats, a name, an inventory, weapons and a path. */
    public static final String SCHEMA = String.join("\n",
            "karmem game @packed(true);",
            "",
            "enum Color uint8 { Red; Green; Blue; }",
            "enum Team uint8 { Humans; Orcs; Zombies; Robots; Aliens; }",
            "",
            "struct Vec3 inline { X float32; Y float32; Z float32; }",
            "",
            "struct WeaponData table { Damage int32; Ammo uint16; ClipSize uint8; ReloadTime float32; Range int32; }",
            "struct Weapon inline { Data WeaponData; }",
            "",
            "struct MonsterData table {",
            "    Pos       Vec3;",
            "    Mana      int16;",
            "    Health    int16;",
            "    Name      [<512]char;",
            "    Team      Team;",
            "    Inventory [<128]byte;",
            "    Color     Color;",
            "    Hitbox    [5]float64;",
            "    Status    [<10]int32;",
            "    Weapons   [4]Weapon;",
            "    Path      [<2000]Vec3;",
            "    IsAlive   bool;",
            "}",
            "struct Monster inline { Data MonsterData; }",
            "",
            "struct Monsters table { Monsters [<2000]Monster; }",
            "");

    /**
     * A position.
     *
     * @param x x
     * @param y y
     * @param z z
     */
    public record Vec3(float x, float y, float z) {
    }

    /**
     * A weapon.
     *
     * @param damage     damage
     * @param ammo       ammunition (uint16)
     * @param clipSize   clip size (uint8)
     * @param reloadTime reload time
     * @param range      range
     */
    public record Weapon(int damage, int ammo, int clipSize, float reloadTime, int range) {
    }

    /**
     * A monster.
     *
     * @param pos       position
     * @param mana      mana
     * @param health    health
     * @param name      name
     * @param team      team (enum value)
     * @param inventory inventory bytes
     * @param color     color (enum value)
     * @param hitbox    5 hitbox values
     * @param status    status values
     * @param weapons   4 weapons
     * @param path      path points
     * @param alive     whether it is alive
     */
    public record Monster(Vec3 pos, short mana, short health, String name, int team, byte[] inventory, int color,
            double[] hitbox, int[] status, List<Weapon> weapons, List<Vec3> path, boolean alive) {
    }

    /** The layouts of {@link #SCHEMA}. */
    public static final KarmemLayout LAYOUT = KarmemLayout.of(KarmemSchema.parse(SCHEMA, "game.km"));
    /** The root table. */
    public static final StructLayout MONSTERS = LAYOUT.struct("Monsters");
    /** The inline wrapper around a monster table. */
    public static final StructLayout MONSTER = LAYOUT.struct("Monster");
    /** The monster table. */
    public static final StructLayout MONSTER_DATA = LAYOUT.struct("MonsterData");
    /** The weapon table. */
    public static final StructLayout WEAPON_DATA = LAYOUT.struct("WeaponData");
    /** {@code Monsters.Monsters}, the slice of monsters. */
    public static final FieldLayout MONSTERS_LIST = MONSTERS.field("Monsters");
    /** {@code Monster.Data}, the pointer to the monster table. */
    public static final FieldLayout MONSTER_DATA_FIELD = MONSTER.field("Data");
    /** {@code MonsterData.Health}, the field the zero-copy benchmark sums. */
    public static final FieldLayout HEALTH = MONSTER_DATA.field("Health");

    private GameData() {
    }

    /**
     * Builds a deterministic world.
     *
     * @param count      the number of monsters
     * @param pathLength the number of path points per monster
     * @return the monsters
     */
    public static List<Monster> world(int count, int pathLength) {
        Random r = new Random(42);
        List<Monster> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] inventory = new byte[32];
            r.nextBytes(inventory);
            double[] hitbox = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
            int[] status = {r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt()};
            List<Weapon> weapons = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                weapons.add(new Weapon(r.nextInt(1000), r.nextInt(65536), r.nextInt(256), r.nextFloat(), r.nextInt()));
            }
            List<Vec3> path = new ArrayList<>();
            for (int p = 0; p < pathLength; p++) {
                path.add(new Vec3(r.nextFloat(), r.nextFloat(), r.nextFloat()));
            }
            out.add(new Monster(new Vec3(r.nextFloat(), r.nextFloat(), r.nextFloat()), (short) r.nextInt(1000),
                    (short) r.nextInt(1000), "Monster #" + i, r.nextInt(5), inventory, r.nextInt(3), hitbox, status,
                    weapons, path, r.nextBoolean()));
        }
        return out;
    }

    /**
     * Converts the world to the dynamic codec's plain Java values, in {@link LinkedHashMap}s as a JSON parser would
     * give them.
     *
     * @param world the monsters
     * @return the root {@code Monsters} table as a map
     */
    public static Map<String, Object> asMap(List<Monster> world) {
        List<Object> monsters = new ArrayList<>();
        for (Monster m : world) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("Pos", vec(m.pos()));
            d.put("Mana", m.mana());
            d.put("Health", m.health());
            d.put("Name", m.name());
            d.put("Team", m.team());
            d.put("Inventory", m.inventory());
            d.put("Color", m.color());
            List<Object> hitbox = new ArrayList<>();
            for (double h : m.hitbox()) {
                hitbox.add(h);
            }
            d.put("Hitbox", hitbox);
            List<Object> status = new ArrayList<>();
            for (int s : m.status()) {
                status.add(s);
            }
            d.put("Status", status);
            List<Object> weapons = new ArrayList<>();
            for (Weapon w : m.weapons()) {
                weapons.add(map("Data", map("Damage", w.damage(), "Ammo", w.ammo(), "ClipSize", w.clipSize(),
                        "ReloadTime", w.reloadTime(), "Range", w.range())));
            }
            d.put("Weapons", weapons);
            List<Object> path = new ArrayList<>();
            for (Vec3 v : m.path()) {
                path.add(vec(v));
            }
            d.put("Path", path);
            d.put("IsAlive", m.alive());
            monsters.add(map("Data", d));
        }
        return map("Monsters", monsters);
    }

    private static Map<String, Object> vec(Vec3 v) {
        return map("X", v.x(), "Y", v.y(), "Z", v.z());
    }

    /** Insertion-ordered maps, as a JSON parser (Jackson) produces them. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    // Offsets baked in from the layout, as a code generator would emit them as constants.
    private static final int MONSTERS_TOTAL = MONSTERS.total();
    private static final int MONSTERS_CONTENT = MONSTERS.content();
    private static final int MONSTERS_LIST_AT = MONSTERS_LIST.offset();
    private static final int DATA_TOTAL = MONSTER_DATA.total();
    private static final int DATA_CONTENT = MONSTER_DATA.content();
    private static final int POS = MONSTER_DATA.field("Pos").offset();
    private static final int MANA = MONSTER_DATA.field("Mana").offset();
    private static final int HEALTH_AT = HEALTH.offset();
    private static final int NAME = MONSTER_DATA.field("Name").offset();
    private static final int TEAM = MONSTER_DATA.field("Team").offset();
    private static final int INVENTORY = MONSTER_DATA.field("Inventory").offset();
    private static final int COLOR = MONSTER_DATA.field("Color").offset();
    private static final int HITBOX = MONSTER_DATA.field("Hitbox").offset();
    private static final int STATUS = MONSTER_DATA.field("Status").offset();
    private static final int WEAPONS = MONSTER_DATA.field("Weapons").offset();
    private static final int PATH = MONSTER_DATA.field("Path").offset();
    private static final int ALIVE = MONSTER_DATA.field("IsAlive").offset();
    private static final int WEAPON_TOTAL = WEAPON_DATA.total();
    private static final int WEAPON_CONTENT = WEAPON_DATA.content();

    /**
     * Encodes the world with the low-level writer, in upstream's allocation order: what generated code would do.
     *
     * @param w     an empty writer
     * @param world the monsters
     * @return the message size
     */
    public static int encode(KarmemWriter w, List<Monster> world) {
        int root = w.allocTable(MONSTERS_TOTAL, MONSTERS_CONTENT);
        int n = world.size();
        int list = w.allocSlice(root + MONSTERS_LIST_AT, n, 4, true);
        for (int i = 0; i < n; i++) {
            Monster m = world.get(i);
            int d = w.allocChildTable(list + 4 * i, DATA_TOTAL, DATA_CONTENT);
            putVec(w, d + POS, m.pos());
            w.putInt16(d + MANA, m.mana());
            w.putInt16(d + HEALTH_AT, m.health());
            w.putString(d + NAME, m.name(), true);
            w.putInt8(d + TEAM, m.team());
            w.putByteSlice(d + INVENTORY, m.inventory(), 0, m.inventory().length, true);
            w.putInt8(d + COLOR, m.color());
            for (int h = 0; h < 5; h++) {
                w.putFloat64(d + HITBOX + 8 * h, m.hitbox()[h]);
            }
            int[] status = m.status();
            int s = w.allocSlice(d + STATUS, status.length, 4, true);
            for (int k = 0; k < status.length; k++) {
                w.putInt32(s + 4 * k, status[k]);
            }
            for (int k = 0; k < 4; k++) {
                Weapon wp = m.weapons().get(k);
                int t = w.allocChildTable(d + WEAPONS + 4 * k, WEAPON_TOTAL, WEAPON_CONTENT);
                w.putInt32(t + 4, wp.damage());
                w.putInt16(t + 8, wp.ammo());
                w.putInt8(t + 10, wp.clipSize());
                w.putFloat32(t + 11, wp.reloadTime());
                w.putInt32(t + 15, wp.range());
            }
            List<Vec3> path = m.path();
            int p = w.allocSlice(d + PATH, path.size(), 12, true);
            for (int k = 0; k < path.size(); k++) {
                putVec(w, p + 12 * k, path.get(k));
            }
            w.putBool(d + ALIVE, m.alive());
        }
        return w.size();
    }

    private static void putVec(KarmemWriter w, int at, Vec3 v) {
        w.putFloat32(at, v.x());
        w.putFloat32(at + 4, v.y());
        w.putFloat32(at + 8, v.z());
    }

    /**
     * Computes the reference sum the benchmarks compute.
     *
     * @param world the monsters
     * @return the sum of their health
     */
    public static long healthSum(List<Monster> world) {
        long sum = 0;
        for (Monster m : world) {
            sum += m.health();
        }
        return sum;
    }
}
