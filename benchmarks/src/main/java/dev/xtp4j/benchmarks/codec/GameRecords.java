package dev.xtp4j.benchmarks.codec;

import dev.xtp4j.benchmarks.karmem.GameData;
import java.util.ArrayList;
import java.util.List;

/**
 * The game world of {@link GameData} as the Java records a host would have: the same data for every codec. The
 * record components are named like the fields of the upstream Karmem "game" schema ({@link GameData#SCHEMA}), so the
 * Karmem codec binds them to it directly.
 */
public final class GameRecords {
    private GameRecords() {
    }

    /** The teams. */
    public enum Team {
        /** Humans. */
        HUMANS,
        /** Orcs. */
        ORCS,
        /** Zombies. */
        ZOMBIES,
        /** Robots. */
        ROBOTS,
        /** Aliens. */
        ALIENS
    }

    /** The colours. */
    public enum Color {
        /** Red. */
        RED,
        /** Green. */
        GREEN,
        /** Blue. */
        BLUE
    }

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
     * @param team      team
     * @param inventory inventory bytes
     * @param color     colour
     * @param hitbox    5 hitbox values
     * @param status    status values
     * @param weapons   4 weapons
     * @param path      path points
     * @param isAlive   whether it is alive
     */
    public record Monster(Vec3 pos, short mana, short health, String name, Team team, byte[] inventory, Color color,
            double[] hitbox, int[] status, List<Weapon> weapons, List<Vec3> path, boolean isAlive) {
    }

    /**
     * The world: the root of the message.
     *
     * @param monsters the monsters
     */
    public record Monsters(List<Monster> monsters) {
    }

    /**
     * Converts {@link GameData}'s world to records.
     *
     * @param world the monsters
     * @return the root record
     */
    public static Monsters of(List<GameData.Monster> world) {
        List<Monster> out = new ArrayList<>();
        for (GameData.Monster m : world) {
            List<Weapon> weapons = new ArrayList<>();
            m.weapons().forEach(w -> weapons.add(new Weapon(w.damage(), w.ammo(), w.clipSize(), w.reloadTime(),
                    w.range())));
            List<Vec3> path = new ArrayList<>();
            m.path().forEach(v -> path.add(vec(v)));
            out.add(new Monster(vec(m.pos()), m.mana(), m.health(), m.name(), Team.values()[m.team()],
                    m.inventory(), Color.values()[m.color()], m.hitbox(), m.status(), weapons, path, m.alive()));
        }
        return new Monsters(out);
    }

    private static Vec3 vec(GameData.Vec3 v) {
        return new Vec3(v.x(), v.y(), v.z());
    }

    /**
     * Sums the health of every monster.
     *
     * @param world the world
     * @return the sum
     */
    public static long healthSum(Monsters world) {
        long sum = 0;
        for (Monster m : world.monsters()) {
            sum += m.health();
        }
        return sum;
    }
}
