const NotFound = () => (
  <article className="page">
    <h1>Sidan finns inte</h1>
    <p>
      Sidan du letar efter finns inte, eller så har den flyttats. Gå till <a href="/">startsidan</a>
      .
    </p>
  </article>
)

export default NotFound
