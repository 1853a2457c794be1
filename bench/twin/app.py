"""The seed stack's status endpoint, for bench/run to measure Storyloom's against.

What the seed documents describe, written the way that stack is usually written: FastAPI served by
uvicorn (uvloop and httptools), SQLAlchemy sessions over a database, a `Story` row with `status` and
`status_message`, and `GET /stories/{story_id}/status` answering `{status, status_message}`. A bearer
token is checked against a table of token hashes and the story must be the caller's, as Storyloom's
endpoint does, so both do the same work for an answer. Run by bench/Bench.java:

    python3 bench/twin/app.py PORT DATABASE_FILE [WORKERS]

It creates the database, one account with a token and one finished story, prints them as
`twin token=<token> story=<id>` and serves until killed.
"""
import hashlib
import os
import secrets
import sys
import uuid

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import Column, ForeignKey, String, create_engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


class ApiToken(Base):
    __tablename__ = "api_token"
    token_hash = Column(String, primary_key=True)
    account_id = Column(String, nullable=False)


class Story(Base):
    __tablename__ = "story"
    id = Column(String, primary_key=True)
    account_id = Column(String, nullable=False)
    status = Column(String, nullable=False)
    status_message = Column(String, nullable=False)


DATABASE = os.environ.get("TWIN_DATABASE", "/tmp/twin.db")
engine = create_engine(f"sqlite:///{DATABASE}", connect_args={"check_same_thread": False})
Sessions = sessionmaker(bind=engine)
app = FastAPI()


def database():
    session = Sessions()
    try:
        yield session
    finally:
        session.close()


def account(authorization: str = Header(default=""), session: Session = Depends(database)) -> str:
    if not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="A bearer token is needed")
    digest = hashlib.sha256(authorization[len("Bearer "):].encode()).hexdigest()
    token = session.get(ApiToken, digest)
    if token is None:
        raise HTTPException(status_code=401, detail="Unknown token")
    return token.account_id


@app.get("/stories/{story_id}/status")
def status(story_id: str, account_id: str = Depends(account), session: Session = Depends(database)):
    story = session.get(Story, story_id)
    if story is None or story.account_id != account_id:
        raise HTTPException(status_code=404, detail="No such story")
    return {"status": story.status, "status_message": story.status_message}


def seed() -> tuple[str, str]:
    if os.path.exists(DATABASE):
        os.remove(DATABASE)
    Base.metadata.create_all(engine)
    token, account_id, story_id = secrets.token_urlsafe(32), str(uuid.uuid4()), str(uuid.uuid4())
    with Sessions() as session:
        session.add(ApiToken(token_hash=hashlib.sha256(token.encode()).hexdigest(), account_id=account_id))
        session.add(Story(id=story_id, account_id=account_id, status="COMPLETE",
                          status_message="Your story is ready!"))
        session.commit()
    return token, story_id


if __name__ == "__main__":
    import uvicorn

    port, DATABASE = int(sys.argv[1]), sys.argv[2]
    os.environ["TWIN_DATABASE"] = DATABASE
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    engine = create_engine(f"sqlite:///{DATABASE}", connect_args={"check_same_thread": False})
    Sessions.configure(bind=engine)
    token, story_id = seed()
    print(f"twin token={token} story={story_id}", flush=True)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    uvicorn.run("app:app", host="127.0.0.1", port=port, workers=workers, log_level="warning",
                access_log=False, loop="uvloop", http="httptools")
