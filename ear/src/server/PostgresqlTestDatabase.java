import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates a fresh, empty PostgreSQL database for one run of the integration tests, so that they never
 * touch a database somebody else uses. Run with the JDBC driver on the class path:
 * {@code java -cp postgresql.jar PostgresqlTestDatabase.java recreate HOST PORT USER PASSWORD NAME}.
 * Exits non-zero, with the reason on standard error, when no PostgreSQL answers.
 */
public class PostgresqlTestDatabase {

    public static void main(String[] args) throws SQLException {
        if (args.length != 6 || !"recreate".equals(args[0])) {
            System.err.println("usage: recreate HOST PORT USER PASSWORD NAME");
            System.exit(2);
        }
        String name = args[5];
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            System.err.println("refusing database name " + name);
            System.exit(2);
        }
        Properties props = new Properties();
        props.setProperty("user", args[3]);
        if (!args[4].isEmpty()) {
            props.setProperty("password", args[4]);
        }
        props.setProperty("connectTimeout", "5");
        String url = "jdbc:postgresql://" + args[1] + ":" + args[2] + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, props);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            System.out.println("created " + name + " on " + args[1] + ":" + args[2]);
        } catch (SQLException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
